from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subject_log_type import SubjectLogType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord
    from ..models.subject_log_entry import SubjectLogEntry


T = TypeVar("T", bound="SubjectLog")


@_attrs_define
class SubjectLog:
    """A time series of observations about a subject."""

    id: UUID
    type_: SubjectLogType
    """ Subject log type; see the subject log schemas page. """
    description: None | str
    subject: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    entries: list[SubjectLogEntry]
    """ Changed through add_entry, change_entry and remove_entry. """
    user: IncludedRecord | int | Unset = UNSET
    """ Integer id of a related user or group, or the record itself when included. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        id = str(self.id)

        type_ = self.type_.value

        description: None | str
        description = self.description

        subject: dict[str, Any] | str
        if isinstance(self.subject, UUID):
            subject = str(self.subject)
        else:
            subject = self.subject.to_dict()

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        user: dict[str, Any] | int | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, IncludedRecord):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "description": description,
                "subject": subject,
                "entries": entries,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415
        from ..models.subject_log_entry import SubjectLogEntry  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = SubjectLogType(d.pop("type"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_subject(data: object) -> IncludedRecord | UUID:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_related_id_type_0 = UUID(data)

                return componentsschemas_related_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_related_id_type_1 = IncludedRecord.from_dict(data)

            return componentsschemas_related_id_type_1

        subject = _parse_subject(d.pop("subject"))

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = SubjectLogEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        def _parse_user(data: object) -> IncludedRecord | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_related_int_id_type_1 = IncludedRecord.from_dict(data)

                return componentsschemas_related_int_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludedRecord | int | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        subject_log = cls(
            id=id,
            type_=type_,
            description=description,
            subject=subject,
            entries=entries,
            user=user,
        )

        subject_log.additional_properties = d
        return subject_log

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
