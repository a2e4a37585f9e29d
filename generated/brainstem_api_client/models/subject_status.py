from enum import StrEnum


class SubjectStatus(StrEnum):
    ACTIVE = "active"
    DECEASED = "deceased"
    INACTIVE = "inactive"
    PLANNED = "planned"
    TRANSFERRED = "transferred"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
