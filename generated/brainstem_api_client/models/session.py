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
    description: str
    projects: list[IncludedRecord | UUID]
    date_time: datetime.datetime | None
    epochs: list[IncludedRecord | UUID]
    datastorage: list[IncludedRecord | UUID]
    """ In the order kept by the sessiondatastorage endpoint. """
    extra_fields: ExtraFields
    """ Free key/value metadata; keys start with a letter (letters, digits, underscores), values are strings or
    numbers. """
    download_links: list[DownloadLink]
    dataacquisition: list[IncludedRecord | UUID]
    behaviors: list[IncludedRecord | UUID]
    manipulations: list[IncludedRecord | UUID]
    tags: list[str]
    name_used_in_storage: str | Unset = UNSET
    links: SessionLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        date_time: None | str
        if isinstance(self.date_time, datetime.datetime):
            date_time = self.date_time.isoformat()
        else:
            date_time = self.date_time

        epochs = []
        for epochs_item_data in self.epochs:
            epochs_item: dict[str, Any] | str
            if isinstance(epochs_item_data, UUID):
                epochs_item = str(epochs_item_data)
            else:
                epochs_item = epochs_item_data.to_dict()

            epochs.append(epochs_item)

        datastorage = []
        for datastorage_item_data in self.datastorage:
            datastorage_item: dict[str, Any] | str
            if isinstance(datastorage_item_data, UUID):
                datastorage_item = str(datastorage_item_data)
            else:
                datastorage_item = datastorage_item_data.to_dict()

            datastorage.append(datastorage_item)

        extra_fields = self.extra_fields.to_dict()

        download_links = []
        for download_links_item_data in self.download_links:
            download_links_item = download_links_item_data.to_dict()
            download_links.append(download_links_item)

        dataacquisition = []
        for dataacquisition_item_data in self.dataacquisition:
            dataacquisition_item: dict[str, Any] | str
            if isinstance(dataacquisition_item_data, UUID):
                dataacquisition_item = str(dataacquisition_item_data)
            else:
                dataacquisition_item = dataacquisition_item_data.to_dict()

            dataacquisition.append(dataacquisition_item)

        behaviors = []
        for behaviors_item_data in self.behaviors:
            behaviors_item: dict[str, Any] | str
            if isinstance(behaviors_item_data, UUID):
                behaviors_item = str(behaviors_item_data)
            else:
                behaviors_item = behaviors_item_data.to_dict()

            behaviors.append(behaviors_item)

        manipulations = []
        for manipulations_item_data in self.manipulations:
            manipulations_item: dict[str, Any] | str
            if isinstance(manipulations_item_data, UUID):
                manipulations_item = str(manipulations_item_data)
            else:
                manipulations_item = manipulations_item_data.to_dict()

            manipulations.append(manipulations_item)

        tags = self.tags

        name_used_in_storage = self.name_used_in_storage

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "projects": projects,
                "date_time": date_time,
                "epochs": epochs,
                "datastorage": datastorage,
                "extra_fields": extra_fields,
                "download_links": download_links,
                "dataacquisition": dataacquisition,
                "behaviors": behaviors,
                "manipulations": manipulations,
                "tags": tags,
            }
        )
        if name_used_in_storage is not UNSET:
            field_dict["name_used_in_storage"] = name_used_in_storage
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

        def _parse_date_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_time_type_0 = datetime.datetime.fromisoformat(data)

                return date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_time = _parse_date_time(d.pop("date_time"))

        epochs = []
        _epochs = d.pop("epochs")
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

        datastorage = []
        _datastorage = d.pop("datastorage")
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

        extra_fields = ExtraFields.from_dict(d.pop("extra_fields"))

        download_links = []
        _download_links = d.pop("download_links")
        for download_links_item_data in _download_links:
            download_links_item = DownloadLink.from_dict(download_links_item_data)

            download_links.append(download_links_item)

        dataacquisition = []
        _dataacquisition = d.pop("dataacquisition")
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

        behaviors = []
        _behaviors = d.pop("behaviors")
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

        manipulations = []
        _manipulations = d.pop("manipulations")
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

        tags = cast(list[str], d.pop("tags"))

        name_used_in_storage = d.pop("name_used_in_storage", UNSET)

        _links = d.pop("links", UNSET)
        links: SessionLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SessionLinks.from_dict(_links)

        session = cls(
            id=id,
            name=name,
            description=description,
            projects=projects,
            date_time=date_time,
            epochs=epochs,
            datastorage=datastorage,
            extra_fields=extra_fields,
            download_links=download_links,
            dataacquisition=dataacquisition,
            behaviors=behaviors,
            manipulations=manipulations,
            tags=tags,
            name_used_in_storage=name_used_in_storage,
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
