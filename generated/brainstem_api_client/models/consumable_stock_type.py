from enum import StrEnum


class ConsumableStockType(StrEnum):
    CHEMICALREAGENT = "ChemicalReagent"
    CONSUMABLEDEVICE = "ConsumableDevice"
    IMMUNOREAGENT = "ImmunoReagent"
    IMPLANTMATERIAL = "ImplantMaterial"
    OPTICALCOMPONENT = "OpticalComponent"
    OPTICFIBER = "OpticFiber"
    PHARMACOLOGICALAGENT = "PharmacologicalAgent"
    PHYSIOLOGICALSOLUTION = "PhysiologicalSolution"
    SILICONPROBE = "SiliconProbe"
    SINGLEWIREELECTRODE = "SingleWireElectrode"
    SURGICALDISPOSABLE = "SurgicalDisposable"
    TRACERDYE = "TracerDye"
    VIRUSSOLUTION = "VirusSolution"

    def __str__(self) -> str:
        return str(self.value)
