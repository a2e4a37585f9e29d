from enum import StrEnum


class DeviceTokenResponseStatus(StrEnum):
    AUTHORIZATION_PENDING = "authorization_pending"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
