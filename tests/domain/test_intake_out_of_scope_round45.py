"""Out of scope (SPEC 2.10), round 45: a layout an outside designer made is a layout to integrate
(2.10.2), as a bought template is, and "apply it to our site" asks for that work as "натяните"
does; someone of the desk asked to log in and run or perform an update installs it (2.10.3)
("could someone from support …" asks as "could you" does). A question about the product's own
templates, or an update the customer ran himself, stays in scope.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import clauses


@pytest.mark.parametrize("body", [
    "Фрилансер нарисовал нам макет карточки товара. Натяните, пожалуйста, его на сайт.",
    "Our designer made a mockup of the catalogue page. Please apply it to our shop.",
    "We bought a theme on ThemeForest. Could you apply it to our site?",
])
def test_an_outside_designers_layout_applied_to_the_site_is_an_integration(body: str) -> None:
    assert "2.10.2" in clauses(body)


@pytest.mark.parametrize("body", [
    "Could someone at your end log in and run the 7.0.6 upgrade? Our admin is on leave.",
    "Can somebody log in and perform the upgrade? We are afraid to break the shop.",
])
def test_someone_of_the_desk_asked_to_run_an_update_installs_it(body: str) -> None:
    assert "2.10.3" in clauses(body)


@pytest.mark.parametrize("body", [
    "Дизайнер прислал макет главной. Где в системе меняется шаблон главной страницы?",
    "We applied the update ourselves and now the cart is empty. What should we check?",
    "Could someone explain where the order e-mail template is edited?",
    # the customer logs in and runs it himself; he asks about a fault
    "I log in and run the update, but it hangs at 40%. Can someone check the logs?",
    "Can one of the plugins be the cause of the slow cart?",
])
def test_questions_about_the_products_templates_and_own_updates_stay_in_scope(body: str) -> None:
    assert clauses(body) == []
