from enum import StrEnum


class BrainRegionRequestAtlas(StrEnum):
    AIA = "AIA"
    AIA_DHB = "AIA_dHB"
    AIA_DM = "AIA_dM"
    AIA_HB = "AIA_HB"
    AIA_P = "AIA_P"
    AIA_S = "AIA_S"
    BM4 = "BM4"
    PF2001 = "PF2001"
    PW1997 = "PW1997"
    S2004 = "S2004"

    def __str__(self) -> str:
        return str(self.value)
