from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.setup_type_approval import SetupTypeApproval


T = TypeVar("T", bound="SetupTypeApprovalDetail")


@_attrs_define
class SetupTypeApprovalDetail:
    setup_type_approval: SetupTypeApproval
    """ A proposed addition or change of a setup type, with its review state. Responses to an add or change show
    only the proposed fields, so the review fields are optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        setup_type_approval = self.setup_type_approval.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "setup_type_approval": setup_type_approval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.setup_type_approval import SetupTypeApproval  # noqa: PLC0415

        d = dict(src_dict)
        setup_type_approval = SetupTypeApproval.from_dict(d.pop("setup_type_approval"))

        setup_type_approval_detail = cls(
            setup_type_approval=setup_type_approval,
        )

        setup_type_approval_detail.additional_properties = d
        return setup_type_approval_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
