"""Quality gates on the held-out cleaning sets (articles in other outlets' styles).

* ``holdout/`` (9 articles) and ``holdout_b/`` (12) were written before the rules were
  tuned on them in general terms, so they are development sets now;
* ``holdout_c/`` (14) was written blind, without reading the rules; it was scored once
  (P 0.931, R 0.993, category 0.676) before any rule was changed for it, and then
  used as a development set too;
* ``holdout_d/`` (14) was written blind too and scored once before any rule was changed
  for it: P 0.912, R 0.999, category 0.670 (the code at the start of that work scored
  P 0.904, R 0.951, category 0.548); then it became a development set as well;
* ``holdout_e/`` (14) and ``holdout_f/`` (14) were written blind in session 3. First
  scores: ``holdout_e`` P 0.938, R 0.977, category 0.707; ``holdout_f`` P 0.948, R 0.929,
  category 0.718 with the code of the start of that session, and P 0.955, R 0.920,
  category 0.749 after the rules had been tuned on ``holdout_e`` (the honest estimate for
  unseen outlets at that point). Both are development sets now;
* ``holdout_g/`` (14) and ``holdout_h/`` (14), written blind after the rules had been
  tuned on ``holdout_e`` and ``holdout_f``, scored on first sight: ``holdout_g`` P 0.976,
  R 0.987, category 0.847; ``holdout_h`` P 0.964, R 0.999, category 0.753. Development
  sets since;
* ``holdout_i/`` (14: tech, finance, health, sport, lifestyle outlets) and ``holdout_j/``
  (14), written blind after the tuning on ``holdout_g`` and ``holdout_h``, scored on first
  sight: ``holdout_i`` P 0.913, R 0.982, category 0.636; ``holdout_j`` P 0.948, R 0.997,
  category 0.753. Development sets since;
* ``holdout_k/`` (14) and ``holdout_l/`` (14; half of ``holdout_l`` imitates trafilatura
  output, half a naive ``get_text()``), written blind after the tuning on ``holdout_i``
  and ``holdout_j``, scored on first sight: ``holdout_k`` P 0.970, R 0.987, category 0.844;
  ``holdout_l`` P 0.923, R 0.995, category 0.703. Development sets since;
* ``holdout_m/`` (14 reposts on aggregators, social posts and a PDF release) and
  ``holdout_n/`` (14 messy ``get_text()`` pages: menus, link farms, a flattened page, a
  cookie banner, a paywall), written blind after the tuning on ``holdout_k`` and
  ``holdout_l``: ``holdout_m`` P 0.921, R 1.000, category 0.642; ``holdout_n`` P 0.826,
  R 1.000, category 0.503 on first sight. Development sets since;
* ``holdout_o/`` (14) and ``holdout_p/`` (14): ordinary article pages of provincial and
  independent outlets, trafilatura and ``get_text()`` output mixed, written blind after
  all the tuning above and never tuned on: ``holdout_o`` P 0.963, R 1.000, category 0.825;
  ``holdout_p`` P 0.966, R 1.000, category 0.799. Their floors were their first scores;
  ``holdout_p`` improved with the rules written for ``holdout_q`` to ``holdout_t``;
* ``holdout_q/`` (14: national, city and specialised outlets) and ``holdout_r/`` (14:
  provincial, sector and institutional sites), written blind in session 4 and scored on
  first sight: ``holdout_q`` P 0.978, R 1.000, category 0.888; ``holdout_r`` P 0.921,
  R 0.990, category 0.577. Then ``holdout_t/`` (14 long stories: features, explainers,
  interviews, live reports) P 0.964, R 1.000, category 0.751, and ``holdout_s/`` (14 pages
  scraped in bulk: wires, press releases, blogs, reposts) P 0.924, R 1.000, category 0.704,
  each scored before any rule was changed for it. Development sets since;
* ``holdout_u/`` (14 ordinary pages) and ``holdout_v/`` (14: short items, photo stories, pages
  with the site header and footer), written blind after that tuning: ``holdout_u`` P 0.953,
  R 0.984, category 0.775; ``holdout_v`` P 0.870, R 0.998, category 0.655 on first sight
  (two caption lines of ``holdout_v`` were seen in a diagnostic listing before it was
  scored). Development sets since;
* ``holdout_w/`` (14 Vietnamese) and ``holdout_x/`` (14 Thai) ordinary pages, written blind
  after all the tuning above and never tuned on: ``holdout_w`` P 0.911, R 1.000, category
  0.693 (two photo stories of uncredited captions score 0.60-0.62); ``holdout_x`` P 0.952,
  R 0.998, category 0.764 (their floors were their first scores). In session 5 the rules
  were tuned on them in general terms (word lists, a long headline under a breadcrumb, a
  masthead's tagline, official-document headers): development sets since;
* ``holdout_y/`` (14 Vietnamese: provincial, legal, trade, education, tech, tourism pages,
  an aggregator repost, a PDF notice, a photo story) and ``holdout_z/`` (14 Thai: stock,
  regional, TV, health-department, university, aggregator pages and a photo story), written
  blind in session 5 and scored after the speed work but before any rule was changed for
  them: ``holdout_y`` P 0.907, R 0.994, category 0.660; ``holdout_z`` P 0.935, R 0.991,
  category 0.709 (the code at the start of that session: P 0.904 / 0.934). The rules were
  then tuned on ``holdout_w`` to ``holdout_z`` together; no set was left unseen;
* ``holdout_aa/`` (14 pages of kinds no set had covered well: legal and medical Q&A columns,
  weather and disaster bulletins, recipes, business-wire releases, opinion columns, event
  notices) and ``holdout_ab/`` (14 ordinary pages: provincial dailies, regional TV, trade
  magazines, ministry and province sites, a live blog, a table of prices, a brief), written
  blind after that tuning and scored before any rule was changed for them: ``holdout_aa``
  P 0.915, R 0.996, category 0.608; ``holdout_ab`` P 0.971, R 0.982, category 0.833 (a
  table drawn with pipes was taken for captions). Development sets since;
* ``holdout_ac/`` (14 ordinary article pages, 7 Vietnamese and 7 Thai) and ``holdout_ad/``
  (14 whole pages scraped with their site header, menus, sidebars and footer), written blind
  at the end of session 5 after all the tuning above and scored before any rule was changed
  for them: ``holdout_ac`` P 0.950, R 1.000, category 0.801; ``holdout_ad`` P 0.970, R 1.000,
  category 0.836 (the code at the start of that session: P 0.948 and 0.958). Then tuned on.
* ``holdout_ae/`` (14 mobile, AMP and app-feed pages and re-posts: live blogs, Q&A
  interviews, photo stories, video pages with transcripts, app banners, LINE and Zalo
  invitations) and ``holdout_af/`` (14 pages of specialist and local outlets: law, army,
  farming, women's and youth papers, a city portal, a municipality, a Buddhist site, a
  bilingual page), written blind in session 6 and scored before any rule was changed for
  them: ``holdout_ae`` P 0.941, R 0.988, category 0.758; ``holdout_af`` P 0.951, R 1.000,
  category 0.811. Then tuned on.
* ``holdout_ag/`` (14 ordinary daily-news pages of outlets no set had used) and
  ``holdout_ah/`` (14 features and pages with unusual furniture: e-magazines, think tanks,
  obituaries, court reports, market wrap-ups, advertorials, polls, quizzes, newsletter boxes,
  cookie and paywall prompts, blog comment threads), written blind in session 6 after the
  tuning on ``holdout_ae`` and ``holdout_af`` and scored before any rule was changed for
  them: ``holdout_ag`` P 0.969, R 0.999, category 0.836; ``holdout_ah`` P 0.861, R 0.994,
  category 0.505. Then tuned on.
* ``holdout_ai/`` (14 Vietnamese pages) and ``holdout_aj/`` (14 Thai pages) of ordinary news
  from outlets no set had used, written blind at the end of session 6 after all the tuning
  above and scored before any rule was changed for them: ``holdout_ai`` P 0.977, R 1.000,
  category 0.890; ``holdout_aj`` P 0.953, R 0.996, category 0.786. Then tuned on.
* ``holdout_ak/`` (14 Vietnamese pages) and ``holdout_al/`` (14 Thai pages) of the big outlets
  the issue names (VnExpress, Tuổi Trẻ, Thanh Niên, Dân trí, Znews, VietnamPlus, Báo Mới,
  Thai Rath, Matichon, Prachatai, Khaosod, Thai PBS, VOV Thai...), each a section or page kind
  the earlier sets had not covered for that outlet, written blind last in session 6 and
  scored before any rule was changed for them: ``holdout_ak`` P 0.918, R 1.000, category
  0.623; ``holdout_al`` P 0.970, R 1.000, category 0.785. Then tuned on.
* Session 7, written blind four at a time and each scored before any rule was changed for it.
  First ``holdout_am/`` (provincial papers and trade outlets) P 0.960, R 0.999, category
  0.839; ``holdout_an/`` (business, markets, press releases) P 0.936, R 0.999, category
  0.736; ``holdout_ao/`` (data journalism: weather, lottery, prices, match reports, election
  tallies) P 0.951, R 0.995, category 0.785; ``holdout_ap/`` (long reads: interviews, series,
  photo essays, columns, explainers) P 0.888, R 0.995, category 0.561. After tuning on them:
  ``holdout_aq/`` (Vietnamese daily news of national and city outlets) P 0.982, R 1.000,
  category 0.918; ``holdout_ar/`` (Thai TV and portal news) P 0.939, R 1.000, category 0.725;
  ``holdout_as/`` (comment threads, live blogs, forums, polls) P 0.780, R 1.000, category
  0.492; ``holdout_at/`` (official texts: decrees, judgments, notices, letters) P 0.927,
  R 0.995, category 0.614. After tuning on those: ``holdout_au/`` (local broadcasters and
  city portals) P 0.948, R 1.000, category 0.796; ``holdout_av/`` (entertainment and
  lifestyle) P 0.948, R 0.996, category 0.811; ``holdout_aw/`` (science and health
  explainers with references) P 0.844, R 0.994, category 0.566; ``holdout_ax/`` (breaking
  news, crime reports, reposted wire copy) P 0.937, R 1.000, category 0.756. Then tuned on.

The floors are the scores measured when each gate was set, rounded down; raise them
when the cleaner improves, never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from holdout_eval import evaluate

HERE = Path(__file__).parent

#: folder -> (precision, recall, category accuracy, number of articles)
FLOORS = {
    "holdout": (0.99, 0.99, 0.93, 9),
    "holdout_b": (0.98, 0.99, 0.93, 12),
    "holdout_c": (0.97, 0.99, 0.85, 14),
    "holdout_d": (0.98, 0.99, 0.93, 14),
    "holdout_e": (0.99, 0.99, 0.96, 14),
    "holdout_f": (0.97, 0.99, 0.88, 14),
    "holdout_g": (0.99, 0.99, 0.95, 14),
    "holdout_h": (0.97, 0.99, 0.87, 14),
    "holdout_i": (0.97, 0.99, 0.82, 14),
    "holdout_j": (0.97, 0.99, 0.92, 14),
    "holdout_k": (0.97, 0.99, 0.88, 14),
    "holdout_l": (0.97, 0.99, 0.90, 14),
    "holdout_m": (0.98, 0.99, 0.82, 14),
    "holdout_n": (0.92, 0.99, 0.73, 14),
    "holdout_o": (0.96, 0.99, 0.88, 14),
    "holdout_p": (0.97, 0.99, 0.87, 14),
    "holdout_q": (0.98, 0.99, 0.93, 14),
    "holdout_r": (0.97, 0.99, 0.86, 14),
    "holdout_s": (0.97, 0.99, 0.89, 14),
    "holdout_t": (0.98, 0.99, 0.86, 14),
    "holdout_u": (0.96, 0.99, 0.81, 14),
    "holdout_v": (0.91, 0.99, 0.76, 14),
    "holdout_w": (0.93, 0.99, 0.80, 14),
    "holdout_x": (0.97, 0.99, 0.85, 14),
    "holdout_y": (0.94, 0.99, 0.76, 14),
    "holdout_z": (0.96, 0.99, 0.83, 14),
    "holdout_aa": (0.93, 0.99, 0.70, 14),
    "holdout_ab": (0.97, 0.99, 0.85, 14),
    "holdout_ac": (0.96, 0.99, 0.85, 14),
    "holdout_ad": (0.97, 0.99, 0.85, 14),
    "holdout_ae": (0.99, 0.99, 0.93, 14),
    "holdout_af": (0.98, 0.99, 0.89, 14),
    "holdout_ag": (0.98, 0.99, 0.88, 14),
    "holdout_ah": (0.93, 0.99, 0.74, 14),
    "holdout_ai": (0.98, 0.99, 0.92, 14),
    "holdout_aj": (0.97, 0.99, 0.85, 14),
    "holdout_ak": (0.93, 0.99, 0.69, 14),
    "holdout_al": (0.98, 0.99, 0.84, 14),
    "holdout_am": (0.96, 0.99, 0.85, 14),
    "holdout_an": (0.98, 0.99, 0.93, 14),
    "holdout_ao": (0.98, 0.99, 0.89, 14),
    "holdout_ap": (0.91, 0.99, 0.67, 14),
    "holdout_aq": (0.98, 0.99, 0.92, 14),
    "holdout_ar": (0.97, 0.99, 0.84, 14),
    "holdout_as": (0.89, 0.99, 0.72, 14),
    "holdout_at": (0.96, 0.99, 0.77, 14),
    "holdout_au": (0.95, 0.99, 0.81, 14),
    "holdout_av": (0.97, 0.99, 0.88, 14),
    "holdout_aw": (0.93, 0.99, 0.78, 14),
    "holdout_ax": (0.96, 0.99, 0.83, 14),
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_holdout_gate(folder: str) -> None:
    precision, recall, category, count = FLOORS[folder]
    overall, per_file = evaluate(HERE / folder)
    report = "\n".join(
        f"{name}: P={s.precision:.3f} R={s.recall:.3f} cat={s.category_accuracy:.3f}" for name, s in per_file.items()
    )
    assert len(per_file) == count
    assert overall.recall >= recall, report
    assert overall.precision >= precision, report
    assert overall.category_accuracy >= category, report
