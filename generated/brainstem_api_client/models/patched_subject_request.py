from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patched_subject_request_sex import PatchedSubjectRequestSex
from ..models.patched_subject_request_status import PatchedSubjectRequestStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nullable_extra_fields_type_0 import NullableExtraFieldsType0


T = TypeVar("T", bound="PatchedSubjectRequest")


@_attrs_define
class PatchedSubjectRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    projects: list[UUID] | Unset = UNSET
    licenses: list[UUID] | Unset = UNSET
    strain: UUID | Unset = UNSET
    sex: PatchedSubjectRequestSex | Unset = UNSET
    genetic_line: str | Unset = UNSET
    genotype: str | Unset = UNSET
    subject_identifier: str | Unset = UNSET
    supplier: None | Unset | UUID = UNSET
    breeding: UUID | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    death_date: datetime.date | None | Unset = UNSET
    status: PatchedSubjectRequestStatus | Unset = UNSET
    extra_fields: None | NullableExtraFieldsType0 | Unset = UNSET
    """ Free key/value metadata (as ExtraFields), or null. """
    name_used_in_storage: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.nullable_extra_fields_type_0 import NullableExtraFieldsType0  # noqa: PLC0415

        name = self.name

        description = self.description

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = str(projects_item_data)
                projects.append(projects_item)

        licenses: list[str] | Unset = UNSET
        if not isinstance(self.licenses, Unset):
            licenses = []
            for licenses_item_data in self.licenses:
                licenses_item = str(licenses_item_data)
                licenses.append(licenses_item)

        strain: str | Unset = UNSET
        if not isinstance(self.strain, Unset):
            strain = str(self.strain)

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        genetic_line = self.genetic_line

        genotype = self.genotype

        subject_identifier = self.subject_identifier

        supplier: None | str | Unset
        if isinstance(self.supplier, Unset):
            supplier = UNSET
        elif isinstance(self.supplier, UUID):
            supplier = str(self.supplier)
        else:
            supplier = self.supplier

        breeding: str | Unset = UNSET
        if not isinstance(self.breeding, Unset):
            breeding = str(self.breeding)

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        death_date: None | str | Unset
        if isinstance(self.death_date, Unset):
            death_date = UNSET
        elif isinstance(self.death_date, datetime.date):
            death_date = self.death_date.isoformat()
        else:
            death_date = self.death_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        extra_fields: dict[str, Any] | None | Unset
        if isinstance(self.extra_fields, Unset):
            extra_fields = UNSET
        elif isinstance(self.extra_fields, NullableExtraFieldsType0):
            extra_fields = self.extra_fields.to_dict()
        else:
            extra_fields = self.extra_fields

        name_used_in_storage: None | str | Unset
        if isinstance(self.name_used_in_storage, Unset):
            name_used_in_storage = UNSET
        else:
            name_used_in_storage = self.name_used_in_storage

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if projects is not UNSET:
            field_dict["projects"] = projects
        if licenses is not UNSET:
            field_dict["licenses"] = licenses
        if strain is not UNSET:
            field_dict["strain"] = strain
        if sex is not UNSET:
            field_dict["sex"] = sex
        if genetic_line is not UNSET:
            field_dict["genetic_line"] = genetic_line
        if genotype is not UNSET:
            field_dict["genotype"] = genotype
        if subject_identifier is not UNSET:
            field_dict["subject_identifier"] = subject_identifier
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if breeding is not UNSET:
            field_dict["breeding"] = breeding
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if death_date is not UNSET:
            field_dict["death_date"] = death_date
        if status is not UNSET:
            field_dict["status"] = status
        if extra_fields is not UNSET:
            field_dict["extra_fields"] = extra_fields
        if name_used_in_storage is not UNSET:
            field_dict["name_used_in_storage"] = name_used_in_storage
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nullable_extra_fields_type_0 import NullableExtraFieldsType0  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _projects = d.pop("projects", UNSET)
        projects: list[UUID] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = UUID(projects_item_data)

                projects.append(projects_item)

        _licenses = d.pop("licenses", UNSET)
        licenses: list[UUID] | Unset = UNSET
        if _licenses is not UNSET:
            licenses = []
            for licenses_item_data in _licenses:
                licenses_item = UUID(licenses_item_data)

                licenses.append(licenses_item)

        _strain = d.pop("strain", UNSET)
        strain: UUID | Unset
        if isinstance(_strain, Unset):
            strain = UNSET
        else:
            strain = UUID(_strain)

        _sex = d.pop("sex", UNSET)
        sex: PatchedSubjectRequestSex | Unset
        if isinstance(_sex, Unset):
            sex = UNSET
        else:
            sex = PatchedSubjectRequestSex(_sex)

        genetic_line = d.pop("genetic_line", UNSET)

        genotype = d.pop("genotype", UNSET)

        subject_identifier = d.pop("subject_identifier", UNSET)

        def _parse_supplier(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supplier_type_0 = UUID(data)

                return supplier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        supplier = _parse_supplier(d.pop("supplier", UNSET))

        _breeding = d.pop("breeding", UNSET)
        breeding: UUID | Unset
        if isinstance(_breeding, Unset):
            breeding = UNSET
        else:
            breeding = UUID(_breeding)

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

        def _parse_death_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                death_date_type_0 = datetime.date.fromisoformat(data)

                return death_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        death_date = _parse_death_date(d.pop("death_date", UNSET))

        _status = d.pop("status", UNSET)
        status: PatchedSubjectRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PatchedSubjectRequestStatus(_status)

        def _parse_extra_fields(
            data: object,
        ) -> None | NullableExtraFieldsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_extra_fields_type_0 = (
                    NullableExtraFieldsType0.from_dict(data)
                )

                return componentsschemas_nullable_extra_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NullableExtraFieldsType0 | Unset, data)

        extra_fields = _parse_extra_fields(d.pop("extra_fields", UNSET))

        def _parse_name_used_in_storage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_used_in_storage = _parse_name_used_in_storage(
            d.pop("name_used_in_storage", UNSET)
        )

        tags = cast(list[str], d.pop("tags", UNSET))

        patched_subject_request = cls(
            name=name,
            description=description,
            projects=projects,
            licenses=licenses,
            strain=strain,
            sex=sex,
            genetic_line=genetic_line,
            genotype=genotype,
            subject_identifier=subject_identifier,
            supplier=supplier,
            breeding=breeding,
            birth_date=birth_date,
            death_date=death_date,
            status=status,
            extra_fields=extra_fields,
            name_used_in_storage=name_used_in_storage,
            tags=tags,
        )

        patched_subject_request.additional_properties = d
        return patched_subject_request

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
