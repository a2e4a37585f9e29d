from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BreedingRequest")


@_attrs_define
class BreedingRequest:
    name: str
    project: UUID
    mother: UUID
    father: UUID
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    weaning_date: datetime.date | None | Unset = UNSET
    litter_size: int | None | Unset = UNSET
    expected_genotype: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project = str(self.project)

        mother = str(self.mother)

        father = str(self.father)

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        weaning_date: None | str | Unset
        if isinstance(self.weaning_date, Unset):
            weaning_date = UNSET
        elif isinstance(self.weaning_date, datetime.date):
            weaning_date = self.weaning_date.isoformat()
        else:
            weaning_date = self.weaning_date

        litter_size: int | None | Unset
        if isinstance(self.litter_size, Unset):
            litter_size = UNSET
        else:
            litter_size = self.litter_size

        expected_genotype = self.expected_genotype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "project": project,
                "mother": mother,
                "father": father,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if weaning_date is not UNSET:
            field_dict["weaning_date"] = weaning_date
        if litter_size is not UNSET:
            field_dict["litter_size"] = litter_size
        if expected_genotype is not UNSET:
            field_dict["expected_genotype"] = expected_genotype

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        project = UUID(d.pop("project"))

        mother = UUID(d.pop("mother"))

        father = UUID(d.pop("father"))

        description = d.pop("description", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_weaning_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weaning_date_type_0 = datetime.date.fromisoformat(data)

                return weaning_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        weaning_date = _parse_weaning_date(d.pop("weaning_date", UNSET))

        def _parse_litter_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        litter_size = _parse_litter_size(d.pop("litter_size", UNSET))

        expected_genotype = d.pop("expected_genotype", UNSET)

        breeding_request = cls(
            name=name,
            project=project,
            mother=mother,
            father=father,
            description=description,
            tags=tags,
            birth_date=birth_date,
            start_date=start_date,
            end_date=end_date,
            weaning_date=weaning_date,
            litter_size=litter_size,
            expected_genotype=expected_genotype,
        )

        breeding_request.additional_properties = d
        return breeding_request

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
