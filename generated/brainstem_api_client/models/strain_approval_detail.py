from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.strain_approval import StrainApproval


T = TypeVar("T", bound="StrainApprovalDetail")


@_attrs_define
class StrainApprovalDetail:
    strain_approval: StrainApproval
    """ A proposed addition or change of a strain, with its review state. Responses to an add or change show only
    the proposed fields, so the review fields are optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strain_approval = self.strain_approval.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strain_approval": strain_approval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.strain_approval import StrainApproval  # noqa: PLC0415

        d = dict(src_dict)
        strain_approval = StrainApproval.from_dict(d.pop("strain_approval"))

        strain_approval_detail = cls(
            strain_approval=strain_approval,
        )

        strain_approval_detail.additional_properties = d
        return strain_approval_detail

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
