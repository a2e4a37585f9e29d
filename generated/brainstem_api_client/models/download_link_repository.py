from enum import StrEnum


class DownloadLinkRepository(StrEnum):
    CRCNS = "CRCNS"
    DANDI = "DANDI"
    FIGSHARE = "Figshare"
    GITHUB = "GitHub"
    GLOBUS = "Globus"
    MENDELEY = "Mendeley"
    OTHER = "Other"
    WEBSHARE = "Webshare"
    ZENODO = "Zenodo"

    def __str__(self) -> str:
        return str(self.value)
