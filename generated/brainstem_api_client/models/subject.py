from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subject_sex import SubjectSex
from ..models.subject_status import SubjectStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord
    from ..models.nullable_extra_fields_type_0 import NullableExtraFieldsType0
    from ..models.subject_links import SubjectLinks


T = TypeVar("T", bound="Subject")


@_attrs_define
class Subject:
    """An experimental subject (usually an animal)."""

    id: UUID
    name: str
    """ Unique. """
    description: str
    projects: list[IncludedRecord | UUID]
    licenses: list[IncludedRecord | UUID]
    strain: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    sex: SubjectSex
    genetic_line: str
    genotype: str
    subject_identifier: str
    """ Identifier used outside BrainSTEM (ear tag, RFID, ...). """
    supplier: IncludedRecord | None | UUID
    """ UUID of a related record, null when there is none, or the record itself when included (a `$ref` cannot carry
    `nullable` in OpenAPI 3.0, hence this twin of RelatedId). """
    birth_date: datetime.date | None
    death_date: datetime.date | None
    extra_fields: None | NullableExtraFieldsType0
    """ Free key/value metadata (as ExtraFields), or null. """
    procedures: list[IncludedRecord | UUID]
    subjectlogs: list[IncludedRecord | UUID]
    name_used_in_storage: None | str
    tags: list[str]
    links: SubjectLinks
    breeding: IncludedRecord | Unset | UUID = UNSET
    """ UUID of a related record, or the record itself when included. """
    status: SubjectStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415
        from ..models.nullable_extra_fields_type_0 import NullableExtraFieldsType0  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        description = self.description

        projects = []
        for projects_item_data in self.projects:
            projects_item: dict[str, Any] | str
            if isinstance(projects_item_data, UUID):
                projects_item = str(projects_item_data)
            else:
                projects_item = projects_item_data.to_dict()

            projects.append(projects_item)

        licenses = []
        for licenses_item_data in self.licenses:
            licenses_item: dict[str, Any] | str
            if isinstance(licenses_item_data, UUID):
                licenses_item = str(licenses_item_data)
            else:
                licenses_item = licenses_item_data.to_dict()

            licenses.append(licenses_item)

        strain: dict[str, Any] | str
        if isinstance(self.strain, UUID):
            strain = str(self.strain)
        else:
            strain = self.strain.to_dict()

        sex = self.sex.value

        genetic_line = self.genetic_line

        genotype = self.genotype

        subject_identifier = self.subject_identifier

        supplier: dict[str, Any] | None | str
        if isinstance(self.supplier, UUID):
            supplier = str(self.supplier)
        elif isinstance(self.supplier, IncludedRecord):
            supplier = self.supplier.to_dict()
        else:
            supplier = self.supplier

        birth_date: None | str
        if isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        death_date: None | str
        if isinstance(self.death_date, datetime.date):
            death_date = self.death_date.isoformat()
        else:
            death_date = self.death_date

        extra_fields: dict[str, Any] | None
        if isinstance(self.extra_fields, NullableExtraFieldsType0):
            extra_fields = self.extra_fields.to_dict()
        else:
            extra_fields = self.extra_fields

        procedures = []
        for procedures_item_data in self.procedures:
            procedures_item: dict[str, Any] | str
            if isinstance(procedures_item_data, UUID):
                procedures_item = str(procedures_item_data)
            else:
                procedures_item = procedures_item_data.to_dict()

            procedures.append(procedures_item)

        subjectlogs = []
        for subjectlogs_item_data in self.subjectlogs:
            subjectlogs_item: dict[str, Any] | str
            if isinstance(subjectlogs_item_data, UUID):
                subjectlogs_item = str(subjectlogs_item_data)
            else:
                subjectlogs_item = subjectlogs_item_data.to_dict()

            subjectlogs.append(subjectlogs_item)

        name_used_in_storage: None | str
        name_used_in_storage = self.name_used_in_storage

        tags = self.tags

        links = self.links.to_dict()

        breeding: dict[str, Any] | str | Unset
        if isinstance(self.breeding, Unset):
            breeding = UNSET
        elif isinstance(self.breeding, UUID):
            breeding = str(self.breeding)
        else:
            breeding = self.breeding.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "projects": projects,
                "licenses": licenses,
                "strain": strain,
                "sex": sex,
                "genetic_line": genetic_line,
                "genotype": genotype,
                "subject_identifier": subject_identifier,
                "supplier": supplier,
                "birth_date": birth_date,
                "death_date": death_date,
                "extra_fields": extra_fields,
                "procedures": procedures,
                "subjectlogs": subjectlogs,
                "name_used_in_storage": name_used_in_storage,
                "tags": tags,
                "links": links,
            }
        )
        if breeding is not UNSET:
            field_dict["breeding"] = breeding
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415
        from ..models.nullable_extra_fields_type_0 import NullableExtraFieldsType0  # noqa: PLC0415
        from ..models.subject_links import SubjectLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        description = d.pop("description")

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:

            def _parse_projects_item(data: object) -> IncludedRecord | UUID:
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

            projects_item = _parse_projects_item(projects_item_data)

            projects.append(projects_item)

        licenses = []
        _licenses = d.pop("licenses")
        for licenses_item_data in _licenses:

            def _parse_licenses_item(data: object) -> IncludedRecord | UUID:
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

            licenses_item = _parse_licenses_item(licenses_item_data)

            licenses.append(licenses_item)

        def _parse_strain(data: object) -> IncludedRecord | UUID:
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

        strain = _parse_strain(d.pop("strain"))

        sex = SubjectSex(d.pop("sex"))

        genetic_line = d.pop("genetic_line")

        genotype = d.pop("genotype")

        subject_identifier = d.pop("subject_identifier")

        def _parse_supplier(data: object) -> IncludedRecord | None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_related_id_type_0_type_0 = UUID(data)

                return componentsschemas_nullable_related_id_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_related_id_type_1 = IncludedRecord.from_dict(
                    data
                )

                return componentsschemas_nullable_related_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludedRecord | None | UUID, data)

        supplier = _parse_supplier(d.pop("supplier"))

        def _parse_birth_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        birth_date = _parse_birth_date(d.pop("birth_date"))

        def _parse_death_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                death_date_type_0 = datetime.date.fromisoformat(data)

                return death_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        death_date = _parse_death_date(d.pop("death_date"))

        def _parse_extra_fields(data: object) -> None | NullableExtraFieldsType0:
            if data is None:
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
            return cast(None | NullableExtraFieldsType0, data)

        extra_fields = _parse_extra_fields(d.pop("extra_fields"))

        procedures = []
        _procedures = d.pop("procedures")
        for procedures_item_data in _procedures:

            def _parse_procedures_item(data: object) -> IncludedRecord | UUID:
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

            procedures_item = _parse_procedures_item(procedures_item_data)

            procedures.append(procedures_item)

        subjectlogs = []
        _subjectlogs = d.pop("subjectlogs")
        for subjectlogs_item_data in _subjectlogs:

            def _parse_subjectlogs_item(data: object) -> IncludedRecord | UUID:
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

            subjectlogs_item = _parse_subjectlogs_item(subjectlogs_item_data)

            subjectlogs.append(subjectlogs_item)

        def _parse_name_used_in_storage(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_used_in_storage = _parse_name_used_in_storage(
            d.pop("name_used_in_storage")
        )

        tags = cast(list[str], d.pop("tags"))

        links = SubjectLinks.from_dict(d.pop("links"))

        def _parse_breeding(data: object) -> IncludedRecord | Unset | UUID:
            if isinstance(data, Unset):
                return data
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

        breeding = _parse_breeding(d.pop("breeding", UNSET))

        _status = d.pop("status", UNSET)
        status: SubjectStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubjectStatus(_status)

        subject = cls(
            id=id,
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
            birth_date=birth_date,
            death_date=death_date,
            extra_fields=extra_fields,
            procedures=procedures,
            subjectlogs=subjectlogs,
            name_used_in_storage=name_used_in_storage,
            tags=tags,
            links=links,
            breeding=breeding,
            status=status,
        )

        subject.additional_properties = d
        return subject

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
