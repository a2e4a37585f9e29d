from enum import StrEnum


class DeviceTokenResponseError(StrEnum):
    ACCESS_DENIED = "access_denied"
    ALREADY_USED = "already_used"
    EXPIRED_TOKEN = "expired_token"
    SLOW_DOWN = "slow_down"

    def __str__(self) -> str:
        return str(self.value)
