from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_additional_property_type_2 import ErrorAdditionalPropertyType2


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """`detail` for 401/403/404 and general errors; otherwise a list of messages per offending field, e.g. {"name": ["This
    field is required."]}.

    """

    detail: str | Unset = UNSET
    additional_properties: dict[str, ErrorAdditionalPropertyType2 | list[str] | str] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_additional_property_type_2 import (
            ErrorAdditionalPropertyType2,  # noqa: PLC0415
        )

        detail = self.detail

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, ErrorAdditionalPropertyType2):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_additional_property_type_2 import (
            ErrorAdditionalPropertyType2,  # noqa: PLC0415
        )

        d = dict(src_dict)
        detail = d.pop("detail", UNSET)

        error = cls(
            detail=detail,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> ErrorAdditionalPropertyType2 | list[str] | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_0 = cast(list[str], data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = ErrorAdditionalPropertyType2.from_dict(
                        data
                    )

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorAdditionalPropertyType2 | list[str] | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        error.additional_properties = additional_properties
        return error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ErrorAdditionalPropertyType2 | list[str] | str:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: ErrorAdditionalPropertyType2 | list[str] | str
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
