"""POST /api/auth/device/token/: Poll a device authorization session for its token.

`build_request` gives the request and `parse_response` reads the answer; `sync`, `asyncio`
and their `_detailed` forms send it through a `Client`.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...types import RequestArgs, Response

if TYPE_CHECKING:
    from typing import cast

    import httpx

    from ...client import AuthenticatedClient, Client
    from ...models.device_token_request import DeviceTokenRequest
    from ...models.device_token_response import DeviceTokenResponse
    from ...models.error import Error


def build_request(
    *,
    body: DeviceTokenRequest | Mapping[str, object],
) -> RequestArgs:
    """The request to poll a device authorization session for its token, as keyword arguments
    for `httpx.Client.request`.

    Args:
        body (DeviceTokenRequest | Mapping[str, object]): sent as JSON; a mapping is sent as
            it is
    """
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "post",
        "url": "/api/auth/device/token/",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response,
) -> DeviceTokenResponse | Error | Error | list[str] | None:
    """The body of `response` as the model documented for its status, or None for a
    status the spec does not document."""
    from ...models.device_token_response import DeviceTokenResponse
    from ...models.error import Error

    if response.status_code == 200:
        response_200 = DeviceTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> Error | list[str]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = Error.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_400_type_1 = cast(list[str], data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeviceTokenResponse | Error | Error | list[str]]:
    documented = (
        response.status_code == 200
        or response.status_code == 400
        or response.status_code == 401
    )
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
    body: DeviceTokenRequest | Mapping[str, object],
) -> Response[DeviceTokenResponse | Error | Error | list[str]]:
    """Poll a device authorization session for its token.

     Always answers 200; the body tells the state: `status` authorization_pending or success (with
    `token`), or `error` access_denied, expired_token (the 15-minute window elapsed), already_used or
    slow_down.

    Args:
        body (DeviceTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceTokenResponse | Error | Error | list[str]]
    """

    request = build_request(
        body=body,
    )
    response = client.get_httpx_client().request(**request)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceTokenRequest | Mapping[str, object],
) -> DeviceTokenResponse | Error | Error | list[str] | None:
    """Poll a device authorization session for its token.

     Always answers 200; the body tells the state: `status` authorization_pending or success (with
    `token`), or `error` access_denied, expired_token (the 15-minute window elapsed), already_used or
    slow_down.

    Args:
        body (DeviceTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceTokenResponse | Error | Error | list[str]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceTokenRequest | Mapping[str, object],
) -> Response[DeviceTokenResponse | Error | Error | list[str]]:
    """Poll a device authorization session for its token.

     Always answers 200; the body tells the state: `status` authorization_pending or success (with
    `token`), or `error` access_denied, expired_token (the 15-minute window elapsed), already_used or
    slow_down.

    Args:
        body (DeviceTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceTokenResponse | Error | Error | list[str]]
    """

    request = build_request(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**request)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceTokenRequest | Mapping[str, object],
) -> DeviceTokenResponse | Error | Error | list[str] | None:
    """Poll a device authorization session for its token.

     Always answers 200; the body tells the state: `status` authorization_pending or success (with
    `token`), or `error` access_denied, expired_token (the 15-minute window elapsed), already_used or
    slow_down.

    Args:
        body (DeviceTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceTokenResponse | Error | Error | list[str]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
