"""The rule texts quoted to a customer whose request is refused (SPEC 2.2-2.5, 2.8, 2.10)."""

from __future__ import annotations

RULE_TEXT: dict[str, str] = {
    "support_expired": (
        "Technical support is provided for one year from the date the license was "
        "purchased, or for an additional support period bought at the current rates "
        "(policy 2.2). The support period of this license has ended; it can be renewed."
    ),
    "free_edition": (
        "Users of the free edition HostCMS.Халява do not receive free technical support, "
        "except for questions about installing the system (policy 2.4)."
    ),
    "code_modified": (
        "Technical support is not provided if any changes were made to the code of the "
        "system's modules other than those made with the tools included with the system "
        "and described in its documentation. Editing layouts, typical dynamic pages, XSL "
        "templates and the like is not editing module code and does not affect support "
        "(policy 2.5)."
    ),
    "out_of_scope": (
        "Messages outside the competence of technical support are not accepted (policy "
        "2.8.1). Technical support does not include: 1) moving the system from a local "
        "computer to hosting or from one hosting to another; 2) integrating the system "
        "with layouts or outside services; 3) support staff installing system updates; "
        "4) changing layouts and developing site pages; 5) integrating the system with "
        "outside scripts; 6) consulting on the use of CSS, HTML, JavaScript and the like; "
        "7) redoing work that was already done (policy 2.10)."
    ),
    "no_question": (
        "Messages that contain no formulated question within the competence of technical "
        "support are not accepted (policy 2.8.2). Please describe your question, or quote "
        "the error text, and give the address of the page where it occurs."
    ),
    "obscene": (
        "Messages containing obscene language or insulting expressions are not accepted "
        "(policy 2.8.3)."
    ),
    "off_topic": (
        "Messages containing extraneous reasoning unrelated to the question are not "
        "accepted (policy 2.8.4). Please state the question itself."
    ),
    "already_answered": (
        "Messages asking what has already been answered are not accepted (policy 2.8.5). "
        "Please refer to the earlier answer to this license's request."
    ),
}
