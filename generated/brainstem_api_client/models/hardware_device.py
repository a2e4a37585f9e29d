from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord
    from ..models.resources_external_identifier import ResourcesExternalIdentifier


T = TypeVar("T", bound="HardwareDevice")


@_attrs_define
class HardwareDevice:
    """Durable equipment used again and again, shared by all users once approved."""

    id: UUID
    name: str
    """ Unique. """
    description: str
    supplier: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    rrid: str
    """ Research Resource Identifier, e.g. RRID:AB_123456. """
    rrid_url: str
    """ Link to the RRID lookup page. """
    external_identifiers: list[ResourcesExternalIdentifier]
    comments: str | Unset = UNSET
    """ Note for the reviewers of a proposed addition or change; may be left out of responses when empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description = self.description

        supplier: dict[str, Any] | str
        if isinstance(self.supplier, UUID):
            supplier = str(self.supplier)
        else:
            supplier = self.supplier.to_dict()

        rrid = self.rrid

        rrid_url = self.rrid_url

        external_identifiers = []
        for external_identifiers_item_data in self.external_identifiers:
            external_identifiers_item = external_identifiers_item_data.to_dict()
            external_identifiers.append(external_identifiers_item)

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "supplier": supplier,
                "rrid": rrid,
                "rrid_url": rrid_url,
                "external_identifiers": external_identifiers,
            }
        )
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415
        from ..models.resources_external_identifier import ResourcesExternalIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        description = d.pop("description")

        def _parse_supplier(data: object) -> IncludedRecord | UUID:
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

        supplier = _parse_supplier(d.pop("supplier"))

        rrid = d.pop("rrid")

        rrid_url = d.pop("rrid_url")

        external_identifiers = []
        _external_identifiers = d.pop("external_identifiers")
        for external_identifiers_item_data in _external_identifiers:
            external_identifiers_item = ResourcesExternalIdentifier.from_dict(
                external_identifiers_item_data
            )

            external_identifiers.append(external_identifiers_item)

        comments = d.pop("comments", UNSET)

        hardware_device = cls(
            id=id,
            name=name,
            description=description,
            supplier=supplier,
            rrid=rrid,
            rrid_url=rrid_url,
            external_identifiers=external_identifiers,
            comments=comments,
        )

        hardware_device.additional_properties = d
        return hardware_device

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
