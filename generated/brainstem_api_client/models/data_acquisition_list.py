from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_acquisition import DataAcquisition
    from ..models.meta import Meta


T = TypeVar("T", bound="DataAcquisitionList")


@_attrs_define
class DataAcquisitionList:
    data_acquisitions: list[DataAcquisition]
    meta: Meta | Unset = UNSET
    """ Pagination metadata of a list response. The reference names it without giving its fields; these are the
    dynamic-rest totals. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_acquisitions = []
        for data_acquisitions_item_data in self.data_acquisitions:
            data_acquisitions_item = data_acquisitions_item_data.to_dict()
            data_acquisitions.append(data_acquisitions_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_acquisitions": data_acquisitions,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_acquisition import DataAcquisition  # noqa: PLC0415
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        data_acquisitions = []
        _data_acquisitions = d.pop("data_acquisitions")
        for data_acquisitions_item_data in _data_acquisitions:
            data_acquisitions_item = DataAcquisition.from_dict(
                data_acquisitions_item_data
            )

            data_acquisitions.append(data_acquisitions_item)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        data_acquisition_list = cls(
            data_acquisitions=data_acquisitions,
            meta=meta,
        )

        data_acquisition_list.additional_properties = d
        return data_acquisition_list

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
