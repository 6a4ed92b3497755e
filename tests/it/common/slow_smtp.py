"""A slow mail server for the delivery tests: aiosmtpd's Maildir handler that takes DELAY
seconds to answer each message, and keeps the message only if the client is still there to
hear the answer. A message is "delivered" when the server said 250 to a live sender, so a
sender killed mid-message has not delivered it."""

import asyncio

from aiosmtpd.handlers import Mailbox


class Slow(Mailbox):
    def __init__(self, mail_dir, delay):
        super().__init__(mail_dir)
        self.delay = float(delay)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 2:
            parser.error("Slow takes a Maildir and a delay in seconds")
        return cls(args[0], args[1])

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(self.delay)
        transport = server.transport
        if transport is None or transport.is_closing():
            return "421 sender gone"
        return await super().handle_DATA(server, session, envelope)
