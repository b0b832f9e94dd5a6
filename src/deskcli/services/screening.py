"""The intake rules (SPEC 2.8, 2.10) on one message, as every use case reads them: the
rule expressions from the compiled cache, and the flags the desk's policy turns into
refusals (``intake.refuse``) moved over. Slow, so callers run it outside any lock."""

from __future__ import annotations


from deskcli.domain import intake
from deskcli.domain.named import TYPE_CHECKING
from deskcli.services.context import Context

if TYPE_CHECKING:
    from deskcli.domain.reasons import Reason


def screen(ctx: Context, subject: str, body: str, *, follow_up: bool = False,
           ) -> tuple[intake.IntakeResult, list[Reason], list[Reason]]:
    """(what the rules found, the refusals, the flags left for the agent); ``follow_up``: a
    customer's message in a request's thread, read with the thread before it."""
    from deskcli import pattern_cache  # only a message read needs it, not every reply

    pattern_cache.adopt()
    result = intake.check_intake(subject, body, follow_up=follow_up)
    pattern_cache.keep()
    return (result, *split(ctx, result))


def split(ctx: Context, result: intake.IntakeResult) -> tuple[list[Reason], list[Reason]]:
    """(refusals, flags) of what the rules found, under the desk's policy as it is now."""
    refusals: list[Reason] = list(result.refusals)
    flags: list[Reason] = []
    for flag in result.flags:
        (refusals if flag.code in ctx.policy.refuse_flags else flags).append(flag)
    return refusals, flags
