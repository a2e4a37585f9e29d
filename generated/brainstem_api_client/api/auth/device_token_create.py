from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_token_request import DeviceTokenRequest
from ...models.device_token_response import DeviceTokenResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: DeviceTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/auth/device/token/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceTokenResponse | Error | None:
    if response.status_code == 200:
        response_200 = DeviceTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeviceTokenResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceTokenRequest,
) -> Response[DeviceTokenResponse | Error]:
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
        Response[DeviceTokenResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceTokenRequest,
) -> DeviceTokenResponse | Error | None:
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
        DeviceTokenResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceTokenRequest,
) -> Response[DeviceTokenResponse | Error]:
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
        Response[DeviceTokenResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceTokenRequest,
) -> DeviceTokenResponse | Error | None:
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
        DeviceTokenResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
