from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consumable_stock_type import ConsumableStockType

if TYPE_CHECKING:
    from ..models.consumable_stock_details import ConsumableStockDetails
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="ConsumableStock")


@_attrs_define
class ConsumableStock:
    """A stock of a consumable held in an inventory."""

    id: UUID
    type_: ConsumableStockType
    """ Consumable stock type; see the consumable stock schemas page. """
    status: str
    """ Stock status, e.g. AVAILABLE, RESERVED, DEPLETED (the reference gives examples, not a full list). """
    notes: str
    inventory: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    acquisition_date: datetime.date
    expiration_date: datetime.date | None
    storage_location: str
    storage_conditions: None | str
    intended_use: None | str
    cost: None | str
    consumable: IncludedRecord | None | UUID
    """ UUID of a related record, null when there is none, or the record itself when included (a `$ref` cannot carry
    `nullable` in OpenAPI 3.0, hence this twin of RelatedId). """
    details: ConsumableStockDetails
    """ Type-specific fields (stored as type_json); shape per `type` on the consumable stock schemas page
    (api/schemas/consumablestock). """
    type_schema_version: str
    """ Schema version of `details`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        id = str(self.id)

        type_ = self.type_.value

        status = self.status

        notes = self.notes

        inventory: dict[str, Any] | str
        if isinstance(self.inventory, UUID):
            inventory = str(self.inventory)
        else:
            inventory = self.inventory.to_dict()

        acquisition_date = self.acquisition_date.isoformat()

        expiration_date: None | str
        if isinstance(self.expiration_date, datetime.date):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        storage_location = self.storage_location

        storage_conditions: None | str
        storage_conditions = self.storage_conditions

        intended_use: None | str
        intended_use = self.intended_use

        cost: None | str
        cost = self.cost

        consumable: dict[str, Any] | None | str
        if isinstance(self.consumable, UUID):
            consumable = str(self.consumable)
        elif isinstance(self.consumable, IncludedRecord):
            consumable = self.consumable.to_dict()
        else:
            consumable = self.consumable

        details = self.details.to_dict()

        type_schema_version = self.type_schema_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "notes": notes,
                "inventory": inventory,
                "acquisition_date": acquisition_date,
                "expiration_date": expiration_date,
                "storage_location": storage_location,
                "storage_conditions": storage_conditions,
                "intended_use": intended_use,
                "cost": cost,
                "consumable": consumable,
                "details": details,
                "type_schema_version": type_schema_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consumable_stock_details import ConsumableStockDetails  # noqa: PLC0415
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = ConsumableStockType(d.pop("type"))

        status = d.pop("status")

        notes = d.pop("notes")

        def _parse_inventory(data: object) -> IncludedRecord | UUID:
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

        inventory = _parse_inventory(d.pop("inventory"))

        acquisition_date = datetime.date.fromisoformat(d.pop("acquisition_date"))

        def _parse_expiration_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = datetime.date.fromisoformat(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date"))

        storage_location = d.pop("storage_location")

        def _parse_storage_conditions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        storage_conditions = _parse_storage_conditions(d.pop("storage_conditions"))

        def _parse_intended_use(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        intended_use = _parse_intended_use(d.pop("intended_use"))

        def _parse_cost(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cost = _parse_cost(d.pop("cost"))

        def _parse_consumable(data: object) -> IncludedRecord | None | UUID:
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

        consumable = _parse_consumable(d.pop("consumable"))

        details = ConsumableStockDetails.from_dict(d.pop("details"))

        type_schema_version = d.pop("type_schema_version")

        consumable_stock = cls(
            id=id,
            type_=type_,
            status=status,
            notes=notes,
            inventory=inventory,
            acquisition_date=acquisition_date,
            expiration_date=expiration_date,
            storage_location=storage_location,
            storage_conditions=storage_conditions,
            intended_use=intended_use,
            cost=cost,
            consumable=consumable,
            details=details,
            type_schema_version=type_schema_version,
        )

        consumable_stock.additional_properties = d
        return consumable_stock

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
