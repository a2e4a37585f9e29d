from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subject_log import SubjectLog


T = TypeVar("T", bound="SubjectLogDetail")


@_attrs_define
class SubjectLogDetail:
    subject_log: SubjectLog
    """ A time series of observations about a subject. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_log = self.subject_log.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject_log": subject_log,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_log import SubjectLog  # noqa: PLC0415

        d = dict(src_dict)
        subject_log = SubjectLog.from_dict(d.pop("subject_log"))

        subject_log_detail = cls(
            subject_log=subject_log,
        )

        subject_log_detail.additional_properties = d
        return subject_log_detail

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
