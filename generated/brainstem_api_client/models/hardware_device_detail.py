from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hardware_device import HardwareDevice


T = TypeVar("T", bound="HardwareDeviceDetail")


@_attrs_define
class HardwareDeviceDetail:
    hardwaredevice: HardwareDevice
    """ Durable equipment used again and again, shared by all users once approved. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hardwaredevice = self.hardwaredevice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hardwaredevice": hardwaredevice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hardware_device import HardwareDevice  # noqa: PLC0415

        d = dict(src_dict)
        hardwaredevice = HardwareDevice.from_dict(d.pop("hardwaredevice"))

        hardware_device_detail = cls(
            hardwaredevice=hardwaredevice,
        )

        hardware_device_detail.additional_properties = d
        return hardware_device_detail

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
