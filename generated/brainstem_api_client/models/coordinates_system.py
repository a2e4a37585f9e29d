from enum import StrEnum


class CoordinatesSystem(StrEnum):
    CCF_XYZ_ABSOLUTE = "CCF_XYZ_Absolute"
    EXTERNAL_XYZ_ABSOLUTE = "External_XYZ_Absolute"
    STEREOTAXIC_BREGMAABSOLUTE = "Stereotaxic_BregmaAbsolute"
    STEREOTAXIC_BREGMABRAINSURFACE = "Stereotaxic_BregmaBrainSurface"
    STEREOTAXIC_LAMBDAABSOLUTE = "Stereotaxic_LambdaAbsolute"
    STEREOTAXIC_LAMBDABRAINSURFACE = "Stereotaxic_LambdaBrainSurface"

    def __str__(self) -> str:
        return str(self.value)
