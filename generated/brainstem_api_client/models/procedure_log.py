from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.procedure_log_type import ProcedureLogType

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord
    from ..models.procedure_log_entry import ProcedureLogEntry


T = TypeVar("T", bound="ProcedureLog")


@_attrs_define
class ProcedureLog:
    """A time series of measurements about a procedure."""

    id: UUID
    type_: ProcedureLogType
    """ Procedure log type; see the procedure log schemas page. """
    description: None | str
    procedure: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    entries: list[ProcedureLogEntry]
    """ Changed through add_entry, change_entry and remove_entry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        description: None | str
        description = self.description

        procedure: dict[str, Any] | str
        if isinstance(self.procedure, UUID):
            procedure = str(self.procedure)
        else:
            procedure = self.procedure.to_dict()

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "description": description,
                "procedure": procedure,
                "entries": entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415
        from ..models.procedure_log_entry import ProcedureLogEntry  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = ProcedureLogType(d.pop("type"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_procedure(data: object) -> IncludedRecord | UUID:
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

        procedure = _parse_procedure(d.pop("procedure"))

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = ProcedureLogEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        procedure_log = cls(
            id=id,
            type_=type_,
            description=description,
            procedure=procedure,
            entries=entries,
        )

        procedure_log.additional_properties = d
        return procedure_log

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
