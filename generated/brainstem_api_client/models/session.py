from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.download_link import DownloadLink
    from ..models.extra_fields import ExtraFields
    from ..models.included_record import IncludedRecord
    from ..models.session_links import SessionLinks


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """A recording or experimental session."""

    id: UUID
    name: str
    """ Unique. """
    projects: list[IncludedRecord | UUID]
    description: str | Unset = UNSET
    date_time: datetime.datetime | None | Unset = UNSET
    epochs: list[IncludedRecord | UUID] | Unset = UNSET
    datastorage: list[IncludedRecord | UUID] | Unset = UNSET
    extra_fields: ExtraFields | Unset = UNSET
    """ Free key/value metadata; keys start with a letter (letters, digits, underscores), values are strings or
    numbers. """
    download_links: list[DownloadLink] | Unset = UNSET
    dataacquisition: list[IncludedRecord | UUID] | Unset = UNSET
    behaviors: list[IncludedRecord | UUID] | Unset = UNSET
    manipulations: list[IncludedRecord | UUID] | Unset = UNSET
    name_used_in_storage: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    links: SessionLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        projects = []
        for projects_item_data in self.projects:
            projects_item: dict[str, Any] | str
            if isinstance(projects_item_data, UUID):
                projects_item = str(projects_item_data)
            else:
                projects_item = projects_item_data.to_dict()

            projects.append(projects_item)

        description = self.description

        date_time: None | str | Unset
        if isinstance(self.date_time, Unset):
            date_time = UNSET
        elif isinstance(self.date_time, datetime.datetime):
            date_time = self.date_time.isoformat()
        else:
            date_time = self.date_time

        epochs: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.epochs, Unset):
            epochs = []
            for epochs_item_data in self.epochs:
                epochs_item: dict[str, Any] | str
                if isinstance(epochs_item_data, UUID):
                    epochs_item = str(epochs_item_data)
                else:
                    epochs_item = epochs_item_data.to_dict()

                epochs.append(epochs_item)

        datastorage: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.datastorage, Unset):
            datastorage = []
            for datastorage_item_data in self.datastorage:
                datastorage_item: dict[str, Any] | str
                if isinstance(datastorage_item_data, UUID):
                    datastorage_item = str(datastorage_item_data)
                else:
                    datastorage_item = datastorage_item_data.to_dict()

                datastorage.append(datastorage_item)

        extra_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_fields, Unset):
            extra_fields = self.extra_fields.to_dict()

        download_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.download_links, Unset):
            download_links = []
            for download_links_item_data in self.download_links:
                download_links_item = download_links_item_data.to_dict()
                download_links.append(download_links_item)

        dataacquisition: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.dataacquisition, Unset):
            dataacquisition = []
            for dataacquisition_item_data in self.dataacquisition:
                dataacquisition_item: dict[str, Any] | str
                if isinstance(dataacquisition_item_data, UUID):
                    dataacquisition_item = str(dataacquisition_item_data)
                else:
                    dataacquisition_item = dataacquisition_item_data.to_dict()

                dataacquisition.append(dataacquisition_item)

        behaviors: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.behaviors, Unset):
            behaviors = []
            for behaviors_item_data in self.behaviors:
                behaviors_item: dict[str, Any] | str
                if isinstance(behaviors_item_data, UUID):
                    behaviors_item = str(behaviors_item_data)
                else:
                    behaviors_item = behaviors_item_data.to_dict()

                behaviors.append(behaviors_item)

        manipulations: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.manipulations, Unset):
            manipulations = []
            for manipulations_item_data in self.manipulations:
                manipulations_item: dict[str, Any] | str
                if isinstance(manipulations_item_data, UUID):
                    manipulations_item = str(manipulations_item_data)
                else:
                    manipulations_item = manipulations_item_data.to_dict()

                manipulations.append(manipulations_item)

        name_used_in_storage = self.name_used_in_storage

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "projects": projects,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if epochs is not UNSET:
            field_dict["epochs"] = epochs
        if datastorage is not UNSET:
            field_dict["datastorage"] = datastorage
        if extra_fields is not UNSET:
            field_dict["extra_fields"] = extra_fields
        if download_links is not UNSET:
            field_dict["download_links"] = download_links
        if dataacquisition is not UNSET:
            field_dict["dataacquisition"] = dataacquisition
        if behaviors is not UNSET:
            field_dict["behaviors"] = behaviors
        if manipulations is not UNSET:
            field_dict["manipulations"] = manipulations
        if name_used_in_storage is not UNSET:
            field_dict["name_used_in_storage"] = name_used_in_storage
        if tags is not UNSET:
            field_dict["tags"] = tags
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.download_link import DownloadLink  # noqa: PLC0415
        from ..models.extra_fields import ExtraFields  # noqa: PLC0415
        from ..models.included_record import IncludedRecord  # noqa: PLC0415
        from ..models.session_links import SessionLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

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

        description = d.pop("description", UNSET)

        def _parse_date_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_time_type_0 = datetime.datetime.fromisoformat(data)

                return date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_time = _parse_date_time(d.pop("date_time", UNSET))

        _epochs = d.pop("epochs", UNSET)
        epochs: list[IncludedRecord | UUID] | Unset = UNSET
        if _epochs is not UNSET:
            epochs = []
            for epochs_item_data in _epochs:

                def _parse_epochs_item(data: object) -> IncludedRecord | UUID:
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

                epochs_item = _parse_epochs_item(epochs_item_data)

                epochs.append(epochs_item)

        _datastorage = d.pop("datastorage", UNSET)
        datastorage: list[IncludedRecord | UUID] | Unset = UNSET
        if _datastorage is not UNSET:
            datastorage = []
            for datastorage_item_data in _datastorage:

                def _parse_datastorage_item(data: object) -> IncludedRecord | UUID:
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

                datastorage_item = _parse_datastorage_item(datastorage_item_data)

                datastorage.append(datastorage_item)

        _extra_fields = d.pop("extra_fields", UNSET)
        extra_fields: ExtraFields | Unset
        if isinstance(_extra_fields, Unset):
            extra_fields = UNSET
        else:
            extra_fields = ExtraFields.from_dict(_extra_fields)

        _download_links = d.pop("download_links", UNSET)
        download_links: list[DownloadLink] | Unset = UNSET
        if _download_links is not UNSET:
            download_links = []
            for download_links_item_data in _download_links:
                download_links_item = DownloadLink.from_dict(download_links_item_data)

                download_links.append(download_links_item)

        _dataacquisition = d.pop("dataacquisition", UNSET)
        dataacquisition: list[IncludedRecord | UUID] | Unset = UNSET
        if _dataacquisition is not UNSET:
            dataacquisition = []
            for dataacquisition_item_data in _dataacquisition:

                def _parse_dataacquisition_item(data: object) -> IncludedRecord | UUID:
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

                dataacquisition_item = _parse_dataacquisition_item(
                    dataacquisition_item_data
                )

                dataacquisition.append(dataacquisition_item)

        _behaviors = d.pop("behaviors", UNSET)
        behaviors: list[IncludedRecord | UUID] | Unset = UNSET
        if _behaviors is not UNSET:
            behaviors = []
            for behaviors_item_data in _behaviors:

                def _parse_behaviors_item(data: object) -> IncludedRecord | UUID:
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

                behaviors_item = _parse_behaviors_item(behaviors_item_data)

                behaviors.append(behaviors_item)

        _manipulations = d.pop("manipulations", UNSET)
        manipulations: list[IncludedRecord | UUID] | Unset = UNSET
        if _manipulations is not UNSET:
            manipulations = []
            for manipulations_item_data in _manipulations:

                def _parse_manipulations_item(data: object) -> IncludedRecord | UUID:
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

                manipulations_item = _parse_manipulations_item(manipulations_item_data)

                manipulations.append(manipulations_item)

        name_used_in_storage = d.pop("name_used_in_storage", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _links = d.pop("links", UNSET)
        links: SessionLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SessionLinks.from_dict(_links)

        session = cls(
            id=id,
            name=name,
            projects=projects,
            description=description,
            date_time=date_time,
            epochs=epochs,
            datastorage=datastorage,
            extra_fields=extra_fields,
            download_links=download_links,
            dataacquisition=dataacquisition,
            behaviors=behaviors,
            manipulations=manipulations,
            name_used_in_storage=name_used_in_storage,
            tags=tags,
            links=links,
        )

        session.additional_properties = d
        return session

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
