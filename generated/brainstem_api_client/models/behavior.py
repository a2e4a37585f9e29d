from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="Behavior")


@_attrs_define
class Behavior:
    """A behavioral assay run on subjects with a setup during a session."""

    id: UUID
    session: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    subjects: list[IncludedRecord | UUID]
    setup: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    behavioralassay: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    notes: str | Unset = UNSET
    order: int | Unset = UNSET
    """ Display order within the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        session: dict[str, Any] | str
        if isinstance(self.session, UUID):
            session = str(self.session)
        else:
            session = self.session.to_dict()

        subjects = []
        for subjects_item_data in self.subjects:
            subjects_item: dict[str, Any] | str
            if isinstance(subjects_item_data, UUID):
                subjects_item = str(subjects_item_data)
            else:
                subjects_item = subjects_item_data.to_dict()

            subjects.append(subjects_item)

        setup: dict[str, Any] | str
        if isinstance(self.setup, UUID):
            setup = str(self.setup)
        else:
            setup = self.setup.to_dict()

        behavioralassay: dict[str, Any] | str
        if isinstance(self.behavioralassay, UUID):
            behavioralassay = str(self.behavioralassay)
        else:
            behavioralassay = self.behavioralassay.to_dict()

        notes = self.notes

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "session": session,
                "subjects": subjects,
                "setup": setup,
                "behavioralassay": behavioralassay,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_session(data: object) -> IncludedRecord | UUID:
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

        session = _parse_session(d.pop("session"))

        subjects = []
        _subjects = d.pop("subjects")
        for subjects_item_data in _subjects:

            def _parse_subjects_item(data: object) -> IncludedRecord | UUID:
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

            subjects_item = _parse_subjects_item(subjects_item_data)

            subjects.append(subjects_item)

        def _parse_setup(data: object) -> IncludedRecord | UUID:
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

        setup = _parse_setup(d.pop("setup"))

        def _parse_behavioralassay(data: object) -> IncludedRecord | UUID:
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

        behavioralassay = _parse_behavioralassay(d.pop("behavioralassay"))

        notes = d.pop("notes", UNSET)

        order = d.pop("order", UNSET)

        behavior = cls(
            id=id,
            session=session,
            subjects=subjects,
            setup=setup,
            behavioralassay=behavioralassay,
            notes=notes,
            order=order,
        )

        behavior.additional_properties = d
        return behavior

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
