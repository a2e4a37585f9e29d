from enum import StrEnum


class SetupTypeRequestCategory(StrEnum):
    A = "A"
    E = "E"
    F = "F"
    H = "H"
    I = "I"
    U = "U"
    V = "V"

    def __str__(self) -> str:
        return str(self.value)
