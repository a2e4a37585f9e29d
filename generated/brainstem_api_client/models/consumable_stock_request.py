from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consumable_stock_type import ConsumableStockType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consumable_stock_details import ConsumableStockDetails


T = TypeVar("T", bound="ConsumableStockRequest")


@_attrs_define
class ConsumableStockRequest:
    type_: ConsumableStockType
    """ Consumable stock type; see the consumable stock schemas page. """
    inventory: UUID
    status: str | Unset = UNSET
    """ Stock status, e.g. AVAILABLE, RESERVED, DEPLETED (the reference gives examples, not a full list). """
    notes: str | Unset = UNSET
    acquisition_date: datetime.date | Unset = UNSET
    expiration_date: datetime.date | None | Unset = UNSET
    storage_location: str | Unset = UNSET
    storage_conditions: None | str | Unset = UNSET
    intended_use: None | str | Unset = UNSET
    cost: None | str | Unset = UNSET
    consumable: None | Unset | UUID = UNSET
    details: ConsumableStockDetails | Unset = UNSET
    """ Type-specific fields (stored as type_json); shape per `type` on the consumable stock schemas page
    (api/schemas/consumablestock). """
    type_schema_version: str | Unset = UNSET
    """ Schema version of `details`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        inventory = str(self.inventory)

        status = self.status

        notes = self.notes

        acquisition_date: str | Unset = UNSET
        if not isinstance(self.acquisition_date, Unset):
            acquisition_date = self.acquisition_date.isoformat()

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.date):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        storage_location = self.storage_location

        storage_conditions: None | str | Unset
        if isinstance(self.storage_conditions, Unset):
            storage_conditions = UNSET
        else:
            storage_conditions = self.storage_conditions

        intended_use: None | str | Unset
        if isinstance(self.intended_use, Unset):
            intended_use = UNSET
        else:
            intended_use = self.intended_use

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        consumable: None | str | Unset
        if isinstance(self.consumable, Unset):
            consumable = UNSET
        elif isinstance(self.consumable, UUID):
            consumable = str(self.consumable)
        else:
            consumable = self.consumable

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        type_schema_version = self.type_schema_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "inventory": inventory,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if notes is not UNSET:
            field_dict["notes"] = notes
        if acquisition_date is not UNSET:
            field_dict["acquisition_date"] = acquisition_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if storage_location is not UNSET:
            field_dict["storage_location"] = storage_location
        if storage_conditions is not UNSET:
            field_dict["storage_conditions"] = storage_conditions
        if intended_use is not UNSET:
            field_dict["intended_use"] = intended_use
        if cost is not UNSET:
            field_dict["cost"] = cost
        if consumable is not UNSET:
            field_dict["consumable"] = consumable
        if details is not UNSET:
            field_dict["details"] = details
        if type_schema_version is not UNSET:
            field_dict["type_schema_version"] = type_schema_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consumable_stock_details import ConsumableStockDetails  # noqa: PLC0415

        d = dict(src_dict)
        type_ = ConsumableStockType(d.pop("type"))

        inventory = UUID(d.pop("inventory"))

        status = d.pop("status", UNSET)

        notes = d.pop("notes", UNSET)

        _acquisition_date = d.pop("acquisition_date", UNSET)
        acquisition_date: datetime.date | Unset
        if isinstance(_acquisition_date, Unset):
            acquisition_date = UNSET
        else:
            acquisition_date = datetime.date.fromisoformat(_acquisition_date)

        def _parse_expiration_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = datetime.date.fromisoformat(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        storage_location = d.pop("storage_location", UNSET)

        def _parse_storage_conditions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_conditions = _parse_storage_conditions(
            d.pop("storage_conditions", UNSET)
        )

        def _parse_intended_use(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intended_use = _parse_intended_use(d.pop("intended_use", UNSET))

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_consumable(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consumable_type_0 = UUID(data)

                return consumable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        consumable = _parse_consumable(d.pop("consumable", UNSET))

        _details = d.pop("details", UNSET)
        details: ConsumableStockDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ConsumableStockDetails.from_dict(_details)

        type_schema_version = d.pop("type_schema_version", UNSET)

        consumable_stock_request = cls(
            type_=type_,
            inventory=inventory,
            status=status,
            notes=notes,
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

        consumable_stock_request.additional_properties = d
        return consumable_stock_request

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
