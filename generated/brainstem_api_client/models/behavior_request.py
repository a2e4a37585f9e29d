from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BehaviorRequest")


@_attrs_define
class BehaviorRequest:
    session: UUID
    subjects: list[UUID]
    setup: UUID
    behavioralassay: UUID
    notes: str | Unset = UNSET
    order: int | Unset = UNSET
    """ Display order within the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session = str(self.session)

        subjects = []
        for subjects_item_data in self.subjects:
            subjects_item = str(subjects_item_data)
            subjects.append(subjects_item)

        setup = str(self.setup)

        behavioralassay = str(self.behavioralassay)

        notes = self.notes

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        d = dict(src_dict)
        session = UUID(d.pop("session"))

        subjects = []
        _subjects = d.pop("subjects")
        for subjects_item_data in _subjects:
            subjects_item = UUID(subjects_item_data)

            subjects.append(subjects_item)

        setup = UUID(d.pop("setup"))

        behavioralassay = UUID(d.pop("behavioralassay"))

        notes = d.pop("notes", UNSET)

        order = d.pop("order", UNSET)

        behavior_request = cls(
            session=session,
            subjects=subjects,
            setup=setup,
            behavioralassay=behavioralassay,
            notes=notes,
            order=order,
        )

        behavior_request.additional_properties = d
        return behavior_request

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
