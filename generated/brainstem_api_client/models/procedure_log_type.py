from enum import StrEnum


class ProcedureLogType(StrEnum):
    IMPEDANCES = "Impedances"
    LINEARDISPLACEMENT = "LinearDisplacement"
    TETRODES4 = "Tetrodes4"
    TETRODES8 = "Tetrodes8"

    def __str__(self) -> str:
        return str(self.value)
