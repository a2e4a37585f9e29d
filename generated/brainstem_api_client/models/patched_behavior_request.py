from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedBehaviorRequest")


@_attrs_define
class PatchedBehaviorRequest:
    session: UUID | Unset = UNSET
    subjects: list[UUID] | Unset = UNSET
    setup: UUID | Unset = UNSET
    behavioralassay: UUID | Unset = UNSET
    notes: str | Unset = UNSET
    order: int | Unset = UNSET
    """ Display order within the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session: str | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = str(self.session)

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = str(subjects_item_data)
                subjects.append(subjects_item)

        setup: str | Unset = UNSET
        if not isinstance(self.setup, Unset):
            setup = str(self.setup)

        behavioralassay: str | Unset = UNSET
        if not isinstance(self.behavioralassay, Unset):
            behavioralassay = str(self.behavioralassay)

        notes = self.notes

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session is not UNSET:
            field_dict["session"] = session
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if setup is not UNSET:
            field_dict["setup"] = setup
        if behavioralassay is not UNSET:
            field_dict["behavioralassay"] = behavioralassay
        if notes is not UNSET:
            field_dict["notes"] = notes
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _session = d.pop("session", UNSET)
        session: UUID | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = UUID(_session)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[UUID] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = UUID(subjects_item_data)

                subjects.append(subjects_item)

        _setup = d.pop("setup", UNSET)
        setup: UUID | Unset
        if isinstance(_setup, Unset):
            setup = UNSET
        else:
            setup = UUID(_setup)

        _behavioralassay = d.pop("behavioralassay", UNSET)
        behavioralassay: UUID | Unset
        if isinstance(_behavioralassay, Unset):
            behavioralassay = UNSET
        else:
            behavioralassay = UUID(_behavioralassay)

        notes = d.pop("notes", UNSET)

        order = d.pop("order", UNSET)

        patched_behavior_request = cls(
            session=session,
            subjects=subjects,
            setup=setup,
            behavioralassay=behavioralassay,
            notes=notes,
            order=order,
        )

        patched_behavior_request.additional_properties = d
        return patched_behavior_request

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
