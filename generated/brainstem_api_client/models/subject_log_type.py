from enum import StrEnum


class SubjectLogType(StrEnum):
    FOODCONSUMPTION = "FoodConsumption"
    FOODDEPRIVATION = "FoodDeprivation"
    GENERICOBSERVATION = "GenericObservation"
    GENOTYPING = "Genotyping"
    HABITUATION = "Habituation"
    HANDLING = "Handling"
    HARGREAVESTEST = "HargreavesTest"
    HOUSING = "Housing"
    TRAININGSESSION = "TrainingSession"
    VONFREYTEST = "VonFreyTest"
    WATERCONSUMPTION = "WaterConsumption"
    WATERDEPRIVATION = "WaterDeprivation"
    WEIGHING = "Weighing"
    WELLNESS = "Wellness"

    def __str__(self) -> str:
        return str(self.value)
