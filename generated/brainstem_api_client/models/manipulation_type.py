from enum import StrEnum


class ManipulationType(StrEnum):
    AUDITORYSTIMULATION = "AuditoryStimulation"
    DEEPBRAINSTIMULATION = "DeepBrainStimulation"
    ELECTRICALSTIMULATION = "ElectricalStimulation"
    ELECTROMAGNETICFIELDSTIMULATION = "ElectromagneticFieldStimulation"
    LIQUIDPERTURBATION = "LiquidPerturbation"
    MICROPERFUSION = "Microperfusion"
    MULTISENSORYSTIMULATION = "MultisensoryStimulation"
    ODORSTIMULATION = "OdorStimulation"
    OPTOGENETICSTIMULATION = "OptogeneticStimulation"
    PHARMACOLOGICALINHALATION = "PharmacologicalInhalation"
    PHARMACOLOGICALINJECTION = "PharmacologicalInjection"
    PHARMACOLOGICALSUPERFUSION = "PharmacologicalSuperfusion"
    TACTILESTIMULATION = "TactileStimulation"
    THERMALPERTURBATION = "ThermalPerturbation"
    TRANSCRANIALELECTRICALSTIMULATION = "TranscranialElectricalStimulation"
    TRANSCRANIALMAGNETICSTIMULATION = "TranscranialMagneticStimulation"
    ULTRASOUNDSTIMULATION = "UltrasoundStimulation"
    VISUALSTIMULATION = "VisualStimulation"

    def __str__(self) -> str:
        return str(self.value)
