from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_token_response_error import DeviceTokenResponseError
from ..models.device_token_response_status import DeviceTokenResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceTokenResponse")


@_attrs_define
class DeviceTokenResponse:
    status: DeviceTokenResponseStatus | Unset = UNSET
    token: str | Unset = UNSET
    error: DeviceTokenResponseError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        token = self.token

        error: str | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if token is not UNSET:
            field_dict["token"] = token
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: DeviceTokenResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DeviceTokenResponseStatus(_status)

        token = d.pop("token", UNSET)

        _error = d.pop("error", UNSET)
        error: DeviceTokenResponseError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = DeviceTokenResponseError(_error)

        device_token_response = cls(
            status=status,
            token=token,
            error=error,
        )

        device_token_response.additional_properties = d
        return device_token_response

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
