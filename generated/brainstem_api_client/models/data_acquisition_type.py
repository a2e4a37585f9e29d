from enum import StrEnum


class DataAcquisitionType(StrEnum):
    AUDIO = "Audio"
    BEHAVIORALTRACKING = "BehavioralTracking"
    COMPUTEDTOMOGRAPHY = "ComputedTomography"
    CONFOCALMICROSCOPY = "ConfocalMicroscopy"
    ELECTROENCEPHALOGRAPHY = "Electroencephalography"
    ELECTRONEUROGRAM = "Electroneurogram"
    EXTRACELLULAREPHYS = "ExtracellularEphys"
    FIBERPHOTOMETRY = "FiberPhotometry"
    FUNCTIONALMAGNETICRESONANCEIMAGING = "FunctionalMagneticResonanceImaging"
    FUNCTIONALULTRASOUNDIMAGING = "FunctionalUltrasoundImaging"
    GENERALTIMESERIES = "GeneralTimeSeries"
    INTRACELLULAREPHYS = "IntracellularEphys"
    LIGHTFIELDMICROSCOPY = "LightFieldMicroscopy"
    MAGNETICRESONANCEIMAGING = "MagneticResonanceImaging"
    MAGNETOENCEPHALOGRAPHY = "Magnetoencephalography"
    MINISCOPE = "Miniscope"
    OPTICALCOHERENCETOMOGRAPHY = "OpticalCoherenceTomography"
    POSITRONEMISSIONTOMOGRAPHY = "PositronEmissionTomography"
    SINGLEPHOTONEMISSIONCOMPUTEDTOMOGRAPHY = "SinglePhotonEmissionComputedTomography"
    SINGLEPHOTONMICROSCOPY = "SinglePhotonMicroscopy"
    THREEPHOTONMICROSCOPY = "ThreePhotonMicroscopy"
    TWOPHOTONMICROSCOPY = "TwoPhotonMicroscopy"
    VIDEOTRACKING = "VideoTracking"

    def __str__(self) -> str:
        return str(self.value)
