from enum import StrEnum


class RegulatoryAuthorityApprovalAuthorityType(StrEnum):
    INSTITUTIONAL = "institutional"
    INTERNATIONAL = "international"
    NATIONAL = "national"
    REGIONAL = "regional"

    def __str__(self) -> str:
        return str(self.value)
