from enum import StrEnum


class PrivatePortal(StrEnum):
    PRIVATE = "private"

    def __str__(self) -> str:
        return str(self.value)
