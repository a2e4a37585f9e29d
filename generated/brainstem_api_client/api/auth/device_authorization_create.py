"""POST /api/auth/device/: Start a device authorization session.

`build_request` gives the request and `parse_response` reads the answer; `sync`, `asyncio`
and their `_detailed` forms send it through a `Client`.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, RequestArgs, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.device_authorization import DeviceAuthorization
    from ...models.device_authorization_request import DeviceAuthorizationRequest
    from ...models.error import Error


def build_request(
    *,
    body: DeviceAuthorizationRequest | Mapping[str, object] | Unset = UNSET,
) -> RequestArgs:
    """The request to start a device authorization session, as keyword arguments for
    `httpx.Client.request`.

    Args:
        body (DeviceAuthorizationRequest | Mapping[str, object]): sent as JSON; a mapping is
            sent as it is
    """
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "post",
        "url": "/api/auth/device/",
    }

    if isinstance(body, Mapping):
        _kwargs["json"] = dict(body)
    elif not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> DeviceAuthorization | Error | None:
    """The body of `response` as the model documented for its status, or None for a
    status the spec does not document."""
    from ...models.device_authorization import DeviceAuthorization
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DeviceAuthorization.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeviceAuthorization | Error]:
    documented = response.status_code == 200 or response.status_code == 400
    if client.raise_on_unexpected_status and not documented:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceAuthorizationRequest | Mapping[str, object] | Unset = UNSET,
) -> Response[DeviceAuthorization | Error]:
    """Start a device authorization session.

     The tool shows `verification_uri` with `user_code` (headless) or opens `verification_uri_complete`,
    then polls the token endpoint every `interval` seconds.

    Args:
        body (DeviceAuthorizationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceAuthorization | Error]
    """

    request = build_request(
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceAuthorizationRequest | Mapping[str, object] | Unset = UNSET,
) -> DeviceAuthorization | Error | None:
    """Start a device authorization session.

     The tool shows `verification_uri` with `user_code` (headless) or opens `verification_uri_complete`,
    then polls the token endpoint every `interval` seconds.

    Args:
        body (DeviceAuthorizationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceAuthorization | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceAuthorizationRequest | Mapping[str, object] | Unset = UNSET,
) -> Response[DeviceAuthorization | Error]:
    """Start a device authorization session.

     The tool shows `verification_uri` with `user_code` (headless) or opens `verification_uri_complete`,
    then polls the token endpoint every `interval` seconds.

    Args:
        body (DeviceAuthorizationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceAuthorization | Error]
    """

    request = build_request(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceAuthorizationRequest | Mapping[str, object] | Unset = UNSET,
) -> DeviceAuthorization | Error | None:
    """Start a device authorization session.

     The tool shows `verification_uri` with `user_code` (headless) or opens `verification_uri_complete`,
    then polls the token endpoint every `interval` seconds.

    Args:
        body (DeviceAuthorizationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceAuthorization | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
