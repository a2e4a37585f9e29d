"""Contains all the data models used in inputs/outputs"""

from .device_authorization import DeviceAuthorization
from .device_authorization_request import DeviceAuthorizationRequest
from .device_token_request import DeviceTokenRequest
from .device_token_response import DeviceTokenResponse
from .device_token_response_error import DeviceTokenResponseError
from .device_token_response_status import DeviceTokenResponseStatus
from .download_link import DownloadLink
from .download_link_repository import DownloadLinkRepository
from .error import Error
from .error_additional_property_type_2 import ErrorAdditionalPropertyType2
from .extra_fields import ExtraFields
from .filters import Filters
from .included_record import IncludedRecord
from .meta import Meta
from .patched_session_request import PatchedSessionRequest
from .portal import Portal
from .private_portal import PrivatePortal
from .session import Session
from .session_detail import SessionDetail
from .session_links import SessionLinks
from .session_list import SessionList
from .session_request import SessionRequest

__all__ = (
    "DeviceAuthorization",
    "DeviceAuthorizationRequest",
    "DeviceTokenRequest",
    "DeviceTokenResponse",
    "DeviceTokenResponseError",
    "DeviceTokenResponseStatus",
    "DownloadLink",
    "DownloadLinkRepository",
    "Error",
    "ErrorAdditionalPropertyType2",
    "ExtraFields",
    "Filters",
    "IncludedRecord",
    "Meta",
    "PatchedSessionRequest",
    "Portal",
    "PrivatePortal",
    "Session",
    "SessionDetail",
    "SessionLinks",
    "SessionList",
    "SessionRequest",
)
