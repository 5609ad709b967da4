/* kartu-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kartu-demo"

#include "config.h"

#include <glib/gi18n.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "kartu-demo.h"
#include "kartu-programme.h"

/* A programme as a coordinator would have it near the end of its third year: the
 * people, places and money are invented, the places and their coordinates are real.
 * Every random choice comes from one GRand in a fixed order, so a seed always gives
 * the same programme (only uuids and timestamps differ). */

#define PROGRAMME_NAME "Active Citizens Lithuania 2017–2019"
#define ISSUER_NAME    "Bendruomenių tiltai"
#define ISSUER_URL     "https://bendruomeniu-tiltai.example.org"
#define ISSUER_EMAIL   "badges@bendruomeniu-tiltai.example.org"
#define TODAY          KARTU_DEMO_TODAY

/* The last day of each cohort's facilitator development workshops. */
#define COHORT_1_READY "2017-05-18"
#define COHORT_2_READY "2018-04-12"
#define COHORT_3_READY "2019-04-04"

static const char * const cohort_ready[] = { NULL, COHORT_1_READY, COHORT_2_READY, COHORT_3_READY };

typedef enum {
  MUNI_KLAIPEDA_DISTRICT,
  MUNI_SALCININKAI,
  MUNI_SVENCIONYS,
  MUNI_TRAKAI,
  MUNI_VILNIUS,
  MUNI_VISAGINAS,
  N_MUNIS
} Muni;

/* ISO 3166-2:LT codes, as in the reference data. */
static const char * const muni_codes[N_MUNIS] = {
  "LT-21", "LT-42", "LT-49", "LT-52", "LT-57", "LT-59",
};

/* Landline area codes, for the organisations' phones. */
static const char * const muni_area_codes[N_MUNIS] = {
  "46", "380", "387", "528", "5", "386",
};

typedef enum {
  PLACE_GARGZDAI,
  PLACE_PRIEKULE,
  PLACE_DOVILAI,
  PLACE_SALCININKAI,
  PLACE_EISISKES,
  PLACE_JASIUNAI,
  PLACE_SVENCIONYS,
  PLACE_PABRADE,
  PLACE_SVENCIONELIAI,
  PLACE_TRAKAI,
  PLACE_LENTVARIS,
  PLACE_RUDISKES,
  PLACE_NAUJININKAI,
  PLACE_ZIRMUNAI,
  PLACE_PASILAICIAI,
  PLACE_FABIJONISKES,
  PLACE_SNIPISKES,
  PLACE_SENAMIESTIS,
  PLACE_VISAGINAS,
  N_PLACES
} Place;

typedef struct
{
  Muni   muni;
  double latitude;
  double longitude;
} PlaceSpec;

static const PlaceSpec places[N_PLACES] = {
  [PLACE_GARGZDAI]      = { MUNI_KLAIPEDA_DISTRICT, 55.712, 21.401 },
  [PLACE_PRIEKULE]      = { MUNI_KLAIPEDA_DISTRICT, 55.555, 21.316 },
  [PLACE_DOVILAI]       = { MUNI_KLAIPEDA_DISTRICT, 55.650, 21.335 },
  [PLACE_SALCININKAI]   = { MUNI_SALCININKAI,       54.309, 25.383 },
  [PLACE_EISISKES]      = { MUNI_SALCININKAI,       54.174, 24.999 },
  [PLACE_JASIUNAI]      = { MUNI_SALCININKAI,       54.433, 25.317 },
  [PLACE_SVENCIONYS]    = { MUNI_SVENCIONYS,        55.132, 26.156 },
  [PLACE_PABRADE]       = { MUNI_SVENCIONYS,        54.981, 25.762 },
  [PLACE_SVENCIONELIAI] = { MUNI_SVENCIONYS,        55.163, 26.002 },
  [PLACE_TRAKAI]        = { MUNI_TRAKAI,            54.637, 24.934 },
  [PLACE_LENTVARIS]     = { MUNI_TRAKAI,            54.644, 25.052 },
  [PLACE_RUDISKES]      = { MUNI_TRAKAI,            54.516, 24.833 },
  [PLACE_NAUJININKAI]   = { MUNI_VILNIUS,           54.660, 25.290 },
  [PLACE_ZIRMUNAI]      = { MUNI_VILNIUS,           54.707, 25.300 },
  [PLACE_PASILAICIAI]   = { MUNI_VILNIUS,           54.731, 25.222 },
  [PLACE_FABIJONISKES]  = { MUNI_VILNIUS,           54.722, 25.248 },
  [PLACE_SNIPISKES]     = { MUNI_VILNIUS,           54.697, 25.284 },
  [PLACE_SENAMIESTIS]   = { MUNI_VILNIUS,           54.681, 25.287 },
  [PLACE_VISAGINAS]     = { MUNI_VISAGINAS,         55.598, 26.437 },
};

typedef enum {
  ORG_TILTAI,
  ORG_GARGZDAI_YOUTH,
  ORG_PRIEKULE_LIBRARY,
  ORG_SALCININKAI_CENTRE,
  ORG_EISISKES_SCHOOL,
  ORG_PABRADE_YOUTH,
  ORG_SVENCIONELIAI_LIBRARY,
  ORG_TRAKAI_FORUM,
  ORG_LENTVARIS_SCHOOL,
  ORG_NAUJININKAI_COMMUNITY,
  ORG_VISAGINAS_YOUTH,
  ORG_VISAGINAS_LIBRARY,
  N_ORGS,
  NO_ORG = -1
} Org;

typedef struct
{
  const char *name;
  const char *kind;
  Muni        muni;
  const char *domain;
} OrgSpec;

static const OrgSpec organisations[N_ORGS] = {
  [ORG_TILTAI] = { ISSUER_NAME, "ngo", MUNI_VILNIUS, "bendruomeniu-tiltai.example.org" },
  [ORG_GARGZDAI_YOUTH] = { "Gargždų jaunimo centras", "public_body", MUNI_KLAIPEDA_DISTRICT,
                           "jaunimas-gargzdai.example.org" },
  [ORG_PRIEKULE_LIBRARY] = { "Priekulės bendruomenės biblioteka", "library",
                             MUNI_KLAIPEDA_DISTRICT, "biblioteka-priekule.example.org" },
  [ORG_SALCININKAI_CENTRE] = { "Šalčininkų daugiakultūris centras", "ngo", MUNI_SALCININKAI,
                               "daugiakultura-salcininkai.example.org" },
  [ORG_EISISKES_SCHOOL] = { "Eišiškių gimnazija", "school", MUNI_SALCININKAI,
                            "gimnazija-eisiskes.example.org" },
  [ORG_PABRADE_YOUTH] = { "Pabradės jaunimo erdvė", "public_body", MUNI_SVENCIONYS,
                          "jaunimas-pabrade.example.org" },
  [ORG_SVENCIONELIAI_LIBRARY] = { "Švenčionėlių viešoji biblioteka", "library", MUNI_SVENCIONYS,
                                  "biblioteka-svencioneliai.example.org" },
  [ORG_TRAKAI_FORUM] = { "Trakų bendruomenių forumas", "ngo", MUNI_TRAKAI,
                         "forumas-trakai.example.org" },
  [ORG_LENTVARIS_SCHOOL] = { "Lentvario progimnazija", "school", MUNI_TRAKAI,
                             "progimnazija-lentvaris.example.org" },
  [ORG_NAUJININKAI_COMMUNITY] = { "Naujininkų bendruomenė", "community_group", MUNI_VILNIUS,
                                  "naujininkai.example.org" },
  [ORG_VISAGINAS_YOUTH] = { "Visagino jaunimo centras", "public_body", MUNI_VISAGINAS,
                            "jaunimas-visaginas.example.org" },
  [ORG_VISAGINAS_LIBRARY] = { "Visagino viešoji biblioteka", "library", MUNI_VISAGINAS,
                              "biblioteka-visaginas.example.org" },
};

typedef struct
{
  const char *full_name;
  const char *gender;
  Muni        muni;
  Org         org;
  int         cohort;
  const char *status;
  const char *languages;
  const char *notes;
} FacilitatorSpec;

/* Lithuanian, Polish, Russian and Belarusian names as they are written in Lithuania. */
static const FacilitatorSpec facilitators[] = {
  { "Rūta Jankauskienė", "female", MUNI_VILNIUS, ORG_TILTAI, 1, "active", "lt,en,ru",
    "Programme coordinator at the national partner; co-trains later cohorts." },
  { "Tadeusz Sienkiewicz", "male", MUNI_SALCININKAI, ORG_SALCININKAI_CENTRE, 1, "active",
    "pl,lt,ru", NULL },
  { "Jelena Ivanova", "female", MUNI_VISAGINAS, ORG_VISAGINAS_YOUTH, 1, "active", "ru,lt,en",
    NULL },
  { "Mantas Petrauskas", "male", MUNI_KLAIPEDA_DISTRICT, ORG_GARGZDAI_YOUTH, 1, "active", "lt,en",
    NULL },
  { "Katarzyna Wiśniewska", "female", MUNI_VILNIUS, ORG_NAUJININKAI_COMMUNITY, 1, "active",
    "pl,lt,en", NULL },
  { "Aistė Vasiliauskaitė", "female", MUNI_TRAKAI, ORG_TRAKAI_FORUM, 1, "active", "lt,en", NULL },
  { "Dmitrij Kozlov", "male", MUNI_VISAGINAS, ORG_VISAGINAS_LIBRARY, 1, "paused", "ru,lt",
    "On parental leave until spring 2020." },
  { "Eglė Petrauskaitė", "female", MUNI_SVENCIONYS, ORG_SVENCIONELIAI_LIBRARY, 1, "active",
    "lt,ru,en", NULL },
  { "Anna Jankowska", "female", MUNI_SALCININKAI, ORG_EISISKES_SCHOOL, 1, "active", "pl,lt,ru",
    NULL },
  { "Giedrius Vaitkus", "male", MUNI_KLAIPEDA_DISTRICT, ORG_PRIEKULE_LIBRARY, 1, "left", "lt,en",
    "Moved to Kaunas in January 2019." },
  { "Natalja Kuznecova", "female", MUNI_SVENCIONYS, ORG_PABRADE_YOUTH, 1, "active", "ru,pl,lt",
    NULL },
  { "Paweł Kozłowski", "male", MUNI_TRAKAI, ORG_LENTVARIS_SCHOOL, 1, "active", "pl,lt,ru", NULL },
  { "Inga Butkienė", "female", MUNI_KLAIPEDA_DISTRICT, ORG_PRIEKULE_LIBRARY, 1, "active", "lt,en",
    NULL },
  { "Olga Smirnova", "female", MUNI_VILNIUS, NO_ORG, 1, "active", "ru,lt,en", NULL },
  { "Lukas Žemaitis", "male", MUNI_VILNIUS, NO_ORG, 1, "active", "lt,en", NULL },
  { "Volha Karpovič", "female", MUNI_SVENCIONYS, ORG_PABRADE_YOUTH, 1, "active", "be,ru,lt",
    NULL },
  { "Joanna Sawicka", "female", MUNI_SALCININKAI, ORG_SALCININKAI_CENTRE, 2, "active", "pl,lt",
    NULL },
  { "Sergej Novikov", "male", MUNI_VISAGINAS, ORG_VISAGINAS_YOUTH, 2, "active", "ru,lt,en", NULL },
  { "Greta Stankevičiūtė", "female", MUNI_KLAIPEDA_DISTRICT, ORG_GARGZDAI_YOUTH, 2, "active",
    "lt,en", NULL },
  { "Henryk Borowski", "male", MUNI_SALCININKAI, NO_ORG, 2, "paused", "pl,ru,lt",
    "Paused while studying in Warsaw; back in summer 2020." },
  { "Tatjana Sokolova", "female", MUNI_VISAGINAS, ORG_VISAGINAS_LIBRARY, 2, "active", "ru,lt",
    NULL },
  { "Andrius Balčiūnas", "male", MUNI_TRAKAI, ORG_TRAKAI_FORUM, 2, "active", "lt,en,ru", NULL },
  { "Ieva Žukauskaitė", "female", MUNI_VILNIUS, NO_ORG, 2, "left", "lt,en",
    "Left to work abroad in December 2018." },
  { "Beata Adamowicz", "female", MUNI_VILNIUS, ORG_NAUJININKAI_COMMUNITY, 2, "active", "pl,lt,en",
    NULL },
  { "Darius Jankauskas", "male", MUNI_SVENCIONYS, NO_ORG, 2, "active", "lt,ru", NULL },
  { "Svetlana Morozova", "female", MUNI_VISAGINAS, NO_ORG, 2, "active", "ru,lt,en", NULL },
  { "Neringa Paulauskienė", "female", MUNI_TRAKAI, ORG_LENTVARIS_SCHOOL, 2, "active", "lt,ru",
    NULL },
  { "Marek Jasiński", "male", MUNI_VILNIUS, NO_ORG, 2, "active", "pl,lt,en", NULL },
  { "Irina Volkova", "female", MUNI_SVENCIONYS, ORG_PABRADE_YOUTH, 2, "left", "ru,lt",
    "Now works for the municipality's social services; happy to be contacted." },
  { "Austėja Navickaitė", "female", MUNI_KLAIPEDA_DISTRICT, ORG_GARGZDAI_YOUTH, 3, "active",
    "lt,en", NULL },
  { "Artur Wołodźko", "male", MUNI_SALCININKAI, ORG_EISISKES_SCHOOL, 3, "in_training", "pl,lt,ru",
    "Missed the second 2019 workshop; will finish with the next cohort." },
  { "Maksim Lebedev", "male", MUNI_VISAGINAS, ORG_VISAGINAS_YOUTH, 3, "active", "ru,lt,en", NULL },
  { "Lina Urbonaitė", "female", MUNI_SVENCIONYS, ORG_SVENCIONELIAI_LIBRARY, 3, "active", "lt,en",
    NULL },
  { "Agnieszka Szymańska", "female", MUNI_TRAKAI, NO_ORG, 3, "active", "pl,lt", NULL },
  { "Paulius Mockus", "male", MUNI_VILNIUS, ORG_TILTAI, 3, "in_training", "lt,en",
    "Joined the programme team in 2019; finishing the facilitator modules." },
  { "Jurgita Kazlauskienė", "female", MUNI_KLAIPEDA_DISTRICT, ORG_PRIEKULE_LIBRARY, 3, "active",
    "lt,ru", NULL },
  { "Andrej Fiodorov", "male", MUNI_SVENCIONYS, NO_ORG, 3, "in_training", "ru,be,lt",
    "Missed the second 2019 workshop; will finish with the next cohort." },
  { "Renata Mackiewicz", "female", MUNI_SALCININKAI, ORG_SALCININKAI_CENTRE, 3, "active", "pl,lt",
    NULL },
  { "Vytautas Rimkus", "male", MUNI_TRAKAI, ORG_TRAKAI_FORUM, 3, "paused", "lt,en",
    "Works seasonally in tourism; available from October to April." },
  { "Alesia Kavaliova", "female", MUNI_VILNIUS, NO_ORG, 3, "active", "be,ru,lt,en", NULL },
};

#define N_FACILITATORS G_N_ELEMENTS (facilitators)

typedef enum {
  PART_NONE,
  PART_ONE,       /* identity and culture, intercultural dialogue */
  PART_TWO,       /* local and global communities, social action planning */
  PART_REFRESHER,
} TrainingPart;

typedef struct
{
  const char   *kind;
  const char   *starts_on;
  const char   *ends_on;
  Place         place;
  const char   *title;
  const char   *venue;
  int           cohort;
  TrainingPart  part;
  const char   *notes;
} ActivitySpec;

static const ActivitySpec activities[] = {
  { "meeting", "2017-02-08", "2017-02-08", PLACE_SNIPISKES, "Partner kick-off meeting",
    "Bendruomenių tiltai office", 0, PART_NONE,
    "Partners agreed the three-year plan and the six municipalities." },
  { "facilitator_training", "2017-03-20", "2017-03-23", PLACE_TRAKAI,
    "Facilitator development workshop: identity, culture and dialogue (cohort 1)",
    "Trakų kultūros centras", 1, PART_ONE, "Led by two accredited Active Citizens trainers." },
  { "facilitator_training", "2017-05-15", COHORT_1_READY, PLACE_SENAMIESTIS,
    "Facilitator development workshop: communities and social action (cohort 1)",
    "Vilnius Old Town youth hostel seminar room", 1, PART_TWO,
    "Led by two accredited Active Citizens trainers." },
  { "meeting", "2017-06-14", "2017-06-14", PLACE_SALCININKAI,
    "Meeting with the district youth affairs coordinator", "Šalčininkų rajono savivaldybė", 0,
    PART_NONE, NULL },
  { "community_workshop", "2017-06-27", "2017-06-27", PLACE_VISAGINAS,
    "Identity and culture workshop for Visaginas school leavers", "Visagino jaunimo centras", 0,
    PART_NONE, NULL },
  { "community_workshop", "2017-07-12", "2017-07-12", PLACE_GARGZDAI,
    "Who are we? Identity workshop for Gargždai youth volunteers", "Gargždų jaunimo centras", 0,
    PART_NONE, NULL },
  { "study_visit", "2017-08-22", "2017-08-23", PLACE_VISAGINAS,
    "Study visit of Klaipėda District facilitators to Visaginas", "Visagino kultūros centras", 0,
    PART_NONE,
    "Hosted by the Visaginas youth centre; visit to the former power plant information centre." },
  { "community_workshop", "2017-09-19", "2017-09-19", PLACE_PABRADE,
    "Intercultural dialogue evening in Pabradė", "Pabradės jaunimo erdvė", 0, PART_NONE,
    "Run in Lithuanian, Polish and Russian with whispered interpretation." },
  { "community_workshop", "2017-09-28", "2017-09-28", PLACE_SALCININKAI,
    "Identity and culture workshop in Polish and Lithuanian", "Šalčininkų daugiakultūris centras",
    0, PART_NONE, NULL },
  { "community_workshop", "2017-10-10", "2017-10-10", PLACE_TRAKAI,
    "Living together in Trakai: a communities dialogue circle", "Trakų bendruomenių forumas", 0,
    PART_NONE, NULL },
  { "community_workshop", "2017-10-24", "2017-10-24", PLACE_NAUJININKAI,
    "Community mapping walk in Naujininkai", "Naujininkų bendruomenės namai", 0, PART_NONE, NULL },
  { "community_workshop", "2017-11-09", "2017-11-09", PLACE_SVENCIONELIAI,
    "Intercultural dialogue workshop at Švenčionėliai library", "Švenčionėlių viešoji biblioteka",
    0, PART_NONE, NULL },
  { "community_workshop", "2017-11-21", "2017-11-21", PLACE_PRIEKULE,
    "Local and global communities workshop for Priekulė pupils",
    "Priekulės bendruomenės biblioteka", 0, PART_NONE, NULL },
  { "community_workshop", "2017-12-05", "2017-12-05", PLACE_EISISKES,
    "Social action planning workshop for Eišiškės gymnasium students", "Eišiškių gimnazija", 0,
    PART_NONE, NULL },
  { "community_workshop", "2017-12-12", "2017-12-12", PLACE_ZIRMUNAI,
    "Social action planning clinic for Žirmūnai youth groups", "Žirmūnų bendruomenės salė", 0,
    PART_NONE, NULL },
  { "meeting", "2018-01-17", "2018-01-17", PLACE_SENAMIESTIS,
    "Steering group meeting: designing the 2018 grants round", "Bendruomenių tiltai office", 0,
    PART_NONE, NULL },
  { "facilitator_training", "2018-02-19", "2018-02-22", PLACE_VISAGINAS,
    "Facilitator development workshop: identity, culture and dialogue (cohort 2)",
    "Visagino kultūros centras", 2, PART_ONE, NULL },
  { "meeting", "2018-03-07", "2018-03-07", PLACE_GARGZDAI,
    "Information session on the 2018 social action grants", "Gargždų jaunimo centras", 0,
    PART_NONE, NULL },
  { "meeting", "2018-03-14", "2018-03-14", PLACE_SALCININKAI,
    "Information session on the 2018 social action grants (in Polish and Lithuanian)",
    "Šalčininkų daugiakultūris centras", 0, PART_NONE, NULL },
  { "community_workshop", "2018-03-21", "2018-03-21", PLACE_FABIJONISKES,
    "Social action planning workshop for Fabijoniškės neighbours", "Fabijoniškių biblioteka", 0,
    PART_NONE, NULL },
  { "facilitator_training", "2018-04-09", COHORT_2_READY, PLACE_SALCININKAI,
    "Facilitator development workshop: communities and social action (cohort 2)",
    "Šalčininkų kultūros centras", 2, PART_TWO, NULL },
  { "community_workshop", "2018-04-18", "2018-04-18", PLACE_VISAGINAS,
    "Visaginas beyond the power plant: local and global communities workshop",
    "Visagino viešoji biblioteka", 0, PART_NONE, NULL },
  { "community_workshop", "2018-05-09", "2018-05-09", PLACE_JASIUNAI,
    "Identity and culture workshop for the Jašiūnai community", "Jašiūnų kultūros namai", 0,
    PART_NONE, NULL },
  { "community_workshop", "2018-05-23", "2018-05-23", PLACE_LENTVARIS,
    "Intercultural dialogue workshop for Lentvaris parents", "Lentvario progimnazija", 0,
    PART_NONE, NULL },
  { "community_workshop", "2018-06-13", "2018-06-13", PLACE_DOVILAI,
    "Local and global communities workshop in Dovilai", "Dovilų bendruomenės namai", 0, PART_NONE,
    NULL },
  { "study_visit", "2018-06-26", "2018-06-27", PLACE_TRAKAI,
    "Study visit to Trakai: Karaim and Tatar community heritage", "Trakų bendruomenių forumas", 0,
    PART_NONE, NULL },
  { "community_workshop", "2018-09-26", "2018-09-26", PLACE_SVENCIONYS,
    "Identity and culture workshop for Švenčionys senior citizens", "Švenčionių kultūros centras",
    0, PART_NONE, NULL },
  { "facilitator_training", "2018-10-03", "2018-10-04", PLACE_LENTVARIS,
    "Facilitator refresher: facilitating difficult conversations", "Lentvario progimnazija", 1,
    PART_REFRESHER, "For the first cohort, after a year of community workshops." },
  { "community_workshop", "2018-10-17", "2018-10-17", PLACE_PASILAICIAI,
    "Intercultural dialogue workshop for Pašilaičiai newcomers", "Pašilaičių bendruomenės centras",
    0, PART_NONE, NULL },
  { "community_workshop", "2018-11-07", "2018-11-07", PLACE_RUDISKES,
    "Social action planning workshop in Rūdiškės", "Rūdiškių gimnazija", 0, PART_NONE, NULL },
  { "community_workshop", "2018-11-28", "2018-11-28", PLACE_PABRADE,
    "Youth dialogue on local decision-making in Pabradė", "Pabradės jaunimo erdvė", 0, PART_NONE,
    NULL },
  { "community_workshop", "2018-12-04", "2018-12-04", PLACE_SNIPISKES,
    "Community mapping workshop in Šnipiškės", "Šnipiškių bendruomenės namai", 0, PART_NONE,
    NULL },
  { "meeting", "2019-01-23", "2019-01-23", PLACE_SENAMIESTIS,
    "Steering group meeting: lessons from the 2018 grants", "Bendruomenių tiltai office", 0,
    PART_NONE, NULL },
  { "facilitator_training", "2019-02-11", "2019-02-14", PLACE_GARGZDAI,
    "Facilitator development workshop: identity, culture and dialogue (cohort 3)",
    "Gargždų jaunimo centras", 3, PART_ONE, NULL },
  { "meeting", "2019-02-27", "2019-02-27", PLACE_VISAGINAS,
    "Information session on the 2019 social action grants", "Visagino jaunimo centras", 0,
    PART_NONE, NULL },
  { "community_workshop", "2019-03-13", "2019-03-13", PLACE_NAUJININKAI,
    "Neighbours' dialogue evening in Naujininkai", "Naujininkų bendruomenės namai", 0, PART_NONE,
    NULL },
  { "community_workshop", "2019-03-27", "2019-03-27", PLACE_PABRADE,
    "Identity and culture workshop for Pabradė youth", "Pabradės jaunimo erdvė", 0, PART_NONE,
    NULL },
  { "facilitator_training", "2019-04-01", COHORT_3_READY, PLACE_SVENCIONELIAI,
    "Facilitator development workshop: communities and social action (cohort 3)",
    "Švenčionėlių viešoji biblioteka", 3, PART_TWO, NULL },
  { "community_workshop", "2019-04-24", "2019-04-24", PLACE_GARGZDAI,
    "Local and global communities: a climate workshop for Gargždai pupils",
    "Gargždų jaunimo centras", 0, PART_NONE, NULL },
  { "community_workshop", "2019-05-15", "2019-05-15", PLACE_EISISKES,
    "Intercultural dialogue workshop for Eišiškės youth", "Eišiškių gimnazija", 0, PART_NONE,
    NULL },
  { "study_visit", "2019-05-28", "2019-05-29", PLACE_SALCININKAI,
    "Study visit of Visaginas facilitators to Šalčininkai District",
    "Šalčininkų daugiakultūris centras", 0, PART_NONE, NULL },
  { "community_workshop", "2019-06-05", "2019-06-05", PLACE_VISAGINAS,
    "Social action planning workshop for Visaginas volunteers", "Visagino jaunimo centras", 0,
    PART_NONE, NULL },
  { "community_workshop", "2019-09-18", "2019-09-18", PLACE_ZIRMUNAI,
    "Identity and culture workshop for Žirmūnai senior pupils", "Žirmūnų gimnazija", 0, PART_NONE,
    NULL },
  { "community_workshop", "2019-10-02", "2019-10-02", PLACE_PRIEKULE,
    "Social action planning workshop for the Priekulė community",
    "Priekulės bendruomenės biblioteka", 0, PART_NONE, NULL },
  { "conference", "2019-10-17", "2019-10-18", PLACE_SENAMIESTIS,
    "Active Citizens Lithuania conference 2019: three years of social action",
    "Vilnius Old Town conference centre", 0, PART_NONE,
    "Facilitators, grantees, municipal partners and funders; projects presented their results." },
  { "community_workshop", "2019-10-23", "2019-10-23", PLACE_SVENCIONELIAI,
    "Intercultural dialogue in Švenčionėliai", "Švenčionėlių viešoji biblioteka", 0, PART_NONE,
    NULL },
  { "community_workshop", "2019-11-13", "2019-11-13", PLACE_TRAKAI,
    "Local and global communities workshop for the Trakai youth council",
    "Trakų bendruomenių forumas", 0, PART_NONE, NULL },
  { "community_workshop", "2019-11-20", "2019-11-20", PLACE_FABIJONISKES,
    "Community mapping for Fabijoniškės youth", "Fabijoniškių biblioteka", 0, PART_NONE, NULL },
};

typedef enum {
  ROUND_2018,
  ROUND_2019,
  N_ROUNDS
} Round;

typedef struct
{
  const char *name;
  const char *opens_on;
  const char *closes_on;
  gint64      budget_minor;
  const char *notes;
} RoundSpec;

static const RoundSpec rounds[N_ROUNDS] = {
  { "2018 social action grants", "2018-03-01", "2018-04-15", 1800000,
    "Small grants of 300–2,500 EUR for social action projects planned at Active Citizens "
    "workshops." },
  { "2019 social action grants", "2019-02-15", "2019-03-31", 2000000,
    "Second round; priority for projects that bring language communities together." },
};

typedef struct
{
  Round       round;
  Place       place;
  const char *title;
  const char *summary;
  const char *themes;
  const char *status;
  const char *starts_on;
  const char *ends_on;
  gboolean    late;
  const char *badge;
  const char *event_title;
  const char *event_on;
  const char *event_venue;
} ProjectSpec;

static const ProjectSpec projects[] = {
  { ROUND_2018, PLACE_VISAGINAS, "Bilingual reading club for Visaginas youth",
    "A weekly reading and discussion club in Russian and Lithuanian at the public library, run "
    "by young volunteers for 12–16 year olds.", "literacy,youth", "closed", "2018-06-01",
    "2018-11-30", FALSE, "kc-literacy", "Reading club open evening with local authors",
    "2018-10-12", "Visagino viešoji biblioteka" },
  { ROUND_2018, PLACE_SALCININKAI, "Šalčininkai intergenerational storytelling evenings",
    "Older residents share their memories in Polish, Lithuanian and Russian; pupils record "
    "them and publish a booklet.", "community_cohesion,literacy", "closed", "2018-05-15",
    "2018-10-31", FALSE, "kc-literacy", NULL, NULL, NULL },
  { ROUND_2018, PLACE_GARGZDAI, "Minija riverbank clean-up and nature trail",
    "Volunteers clear litter along the Minija in Gargždai and mark a short nature trail with "
    "information boards.", "environment,youth", "closed", "2018-05-20", "2018-09-30", FALSE, NULL,
    "Minija riverbank clean-up day", "2018-06-16", "Minija riverbank, Gargždai" },
  { ROUND_2018, PLACE_PABRADE, "Pabradė youth debate club",
    "Young people from the Lithuanian, Polish and Russian schools meet monthly to debate local "
    "issues with councillors.", "local_decision_making,youth", "closed", "2018-06-01",
    "2018-12-15", FALSE, "kc-citizenship", "Youth debate with district councillors", "2018-11-23",
    "Pabradės jaunimo erdvė" },
  { ROUND_2018, PLACE_NAUJININKAI, "Naujininkai community garden",
    "Residents of a Soviet-era block turn an unused courtyard into a shared vegetable and herb "
    "garden.", "environment,community_cohesion", "closed", "2018-05-10", "2018-10-15", FALSE, NULL,
    NULL, NULL, NULL },
  { ROUND_2018, PLACE_TRAKAI, "Trakai multicultural heritage walks",
    "Young guides lead walks about the Karaim, Tatar, Polish and Lithuanian heritage of Trakai "
    "for residents and visitors.", "community_cohesion,youth", "closed", "2018-06-10",
    "2018-09-30", FALSE, "kc-cultural", "First heritage walk led by young guides", "2018-07-07",
    "Karaimų gatvė, Trakai" },
  { ROUND_2018, PLACE_PRIEKULE, "Priekulė seniors' digital skills café",
    "Pupils teach older residents to use smartphones, e-government services and video calls "
    "with their families.", "literacy,community_cohesion", "closed", "2018-09-01", "2018-12-20",
    FALSE, "kc-digital", "Digital skills café: video calls with grandchildren abroad",
    "2018-11-15", "Priekulės bendruomenės biblioteka" },
  { ROUND_2018, PLACE_EISISKES, "Girls' football and leadership league in Eišiškės",
    "A summer football league for girls aged 10–15, with leadership sessions run by young "
    "women from the town.", "gender_equality,youth", "closed", "2018-05-15", "2018-10-15", FALSE,
    NULL, NULL, NULL, NULL },
  { ROUND_2018, PLACE_VISAGINAS, "Visaginas job-seekers' peer support group",
    "Former power plant workers and young job seekers meet to share job-search skills and plan "
    "small businesses.", "livelihoods", "closed", "2018-06-01", "2018-12-31", FALSE,
    "kc-entrepreneurship", NULL, NULL, NULL },
  { ROUND_2018, PLACE_ZIRMUNAI, "Žirmūnai neighbours' repair café",
    "A monthly repair café where neighbours fix household items together, cutting waste and "
    "getting to know each other.", "environment,community_cohesion", "closed", "2018-05-15",
    "2018-11-30", FALSE, "kc-stem", "Repair café: bicycles and small appliances", "2018-09-22",
    "Žirmūnų bendruomenės salė" },
  { ROUND_2018, PLACE_SVENCIONELIAI, "Community days in Švenčionėliai town square",
    "Three Saturday community days where local groups, schools and minority associations "
    "present their work.", "community_cohesion", "closed", "2018-07-01", "2018-09-15", FALSE, NULL,
    NULL, NULL, NULL },
  { ROUND_2018, PLACE_LENTVARIS, "Safer school routes in Lentvaris",
    "Parents and pupils map dangerous crossings on the way to school and present their "
    "proposals to the municipality.", "local_decision_making", "report_due", "2018-09-01",
    "2018-12-15", FALSE, NULL, NULL, NULL, NULL },
  { ROUND_2018, PLACE_JASIUNAI, "Jašiūnai manor park volunteer days",
    "Volunteer days to clear paths and plant trees in the manor park.", "environment", "rejected",
    "2018-06-01", "2018-09-30", FALSE, NULL, NULL, NULL, NULL },
  { ROUND_2018, PLACE_SNIPISKES, "Šnipiškės wooden houses photo archive",
    "Residents collect and digitise photographs of the wooden houses of Šnipiškės before they "
    "disappear.", "community_cohesion", "withdrawn", "2018-06-01", "2018-12-31", FALSE, NULL, NULL,
    NULL, NULL },
  { ROUND_2018, PLACE_DOVILAI, "Dovilai youth film club",
    "Monthly film screenings chosen and introduced by teenagers, followed by a discussion.",
    "youth", "rejected", "2018-06-01", "2018-12-31", FALSE, NULL, NULL, NULL, NULL },
  { ROUND_2019, PLACE_VISAGINAS, "Visaginas lake shore clean-up and recycling campaign",
    "Volunteers clean the lake shore and run a recycling campaign with the city's blocks of "
    "flats.", "environment,climate_change", "in_progress", "2019-05-15", "2019-12-15", FALSE, NULL,
    "Lake shore clean-up day", "2019-06-15", "Visaginas lake shore" },
  { ROUND_2019, PLACE_SALCININKAI, "Polish–Lithuanian youth newspaper in Šalčininkai",
    "Pupils from Polish- and Lithuanian-language schools write, edit and print a bilingual "
    "newspaper every month.", "literacy,youth", "in_progress", "2019-06-01", "2020-01-31", TRUE,
    NULL, "Launch of the first bilingual issue", "2019-09-20",
    "Šalčininkų daugiakultūris centras" },
  { ROUND_2019, PLACE_GARGZDAI, "Gargždai youth council participatory budget",
    "The youth council runs a public vote on how to spend a small budget on youth spaces in "
    "Gargždai.", "local_decision_making,youth", "report_due", "2019-04-15", "2019-10-31", FALSE,
    "kc-citizenship", "Public vote on youth spaces", "2019-09-27", "Gargždų jaunimo centras" },
  { ROUND_2019, PLACE_PABRADE, "Pabradė women's entrepreneurship circle",
    "Women from all of Pabradė's language communities meet to plan small businesses, with "
    "mentors from local firms.", "gender_equality,livelihoods", "in_progress", "2019-06-10",
    "2019-12-20", FALSE, NULL, "Entrepreneurship circle market stall day", "2019-09-07",
    "Pabradė market square" },
  { ROUND_2019, PLACE_PASILAICIAI, "Pašilaičiai newcomers' Lithuanian conversation club",
    "A weekly conversation club where newcomers practise Lithuanian with volunteer neighbours.",
    "literacy,community_cohesion", "contracted", "2019-12-02", "2020-05-31", FALSE, NULL, NULL,
    NULL, NULL },
  { ROUND_2019, PLACE_RUDISKES, "Energy-saving workshops for Rūdiškės households",
    "Practical workshops on insulating windows, reading meters and cutting heating bills.",
    "climate_change,livelihoods", "contracted", "2020-01-06", "2020-04-30", FALSE, NULL, NULL,
    NULL, NULL },
  { ROUND_2019, PLACE_FABIJONISKES, "Fabijoniškės courtyard for all ages",
    "Neighbours design and build benches, planters and a chalk wall in a shared courtyard.",
    "community_cohesion,local_decision_making", "in_progress", "2019-05-01", "2019-12-31", TRUE,
    NULL, "Courtyard building weekend", "2019-08-24", "Fabijoniškės courtyard" },
  { ROUND_2019, PLACE_SVENCIONYS, "Švenčionys school tree-planting and climate week",
    "Pupils plant trees around their schools and organise a climate week with talks and a "
    "cycling day.", "climate_change,environment,youth", "report_due", "2019-04-20", "2019-10-15",
    FALSE, "kc-stem", "Climate week cycling day", "2019-09-21", "Švenčionys town centre" },
  { ROUND_2019, PLACE_VISAGINAS, "Visaginas inclusive theatre studio",
    "A theatre studio where young people with and without disabilities create a play in "
    "Russian and Lithuanian.", "community_cohesion,youth", "contracted", "2019-12-09",
    "2020-06-30", FALSE, NULL, NULL, NULL, NULL },
  { ROUND_2019, PLACE_EISISKES, "Eišiškės market-day local produce stall",
    "Small farmers share a stall and a card reader on market days to sell local produce.",
    "livelihoods", "approved", "2020-03-01", "2020-08-31", FALSE, NULL, NULL, NULL, NULL },
  { ROUND_2019, PLACE_PRIEKULE, "Priekulė safe cycling routes survey",
    "Cyclists of all ages survey the town's streets and propose safe routes to the district "
    "council.", "local_decision_making,environment", "under_review", "2020-03-01", "2020-07-31",
    FALSE, NULL, NULL, NULL, NULL },
  { ROUND_2019, PLACE_TRAKAI, "Litter-free summer by the Trakai lakes",
    "Volunteers and cafés run a deposit scheme for cups and bags on the lakeside promenade.",
    "environment", "rejected", "2019-06-01", "2019-09-30", FALSE, NULL, NULL, NULL, NULL },
  { ROUND_2019, PLACE_NAUJININKAI, "Coding club for Naujininkai mothers",
    "Evening coding classes for mothers on parental leave, with childcare by volunteers.",
    "gender_equality,literacy", "under_review", "2020-02-01", "2020-06-30", FALSE, NULL, NULL,
    NULL, NULL },
  { ROUND_2019, PLACE_SVENCIONELIAI, "Švenčionėliai railway heritage youth guides",
    "Teenagers research the town's railway history and guide visitors around the station.",
    "youth", "withdrawn", "2019-06-01", "2019-10-31", FALSE, NULL, NULL, NULL, NULL },
  { ROUND_2019, PLACE_GARGZDAI, "Gargždai community podcast on local decisions",
    "Young reporters interview councillors and residents for a monthly podcast about decisions "
    "that affect the town.", "local_decision_making,youth", "contracted", "2019-12-01",
    "2020-03-31", FALSE, NULL, NULL, NULL, NULL },
};

#define N_PROJECTS G_N_ELEMENTS (projects)

#define KC_URL "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32018H0604(01)"
#define KC_FRAMEWORK "Key competences for lifelong learning (Council Recommendation 2018/C 189/01)"
#define KC(code, name) \
  "{\"targetName\":\"" name "\",\"targetUrl\":\"" KC_URL "\",\"targetFramework\":\"" KC_FRAMEWORK \
  "\",\"targetCode\":\"" code "\"}"
#define KC_LITERACY      KC ("KC1", "Literacy competence")
#define KC_MULTILINGUAL  KC ("KC2", "Multilingual competence")
#define KC_STEM          KC ("KC3", "Mathematical competence and competence in science, " \
                                  "technology and engineering")
#define KC_DIGITAL       KC ("KC4", "Digital competence")
#define KC_PERSONAL      KC ("KC5", "Personal, social and learning to learn competence")
#define KC_CITIZENSHIP   KC ("KC6", "Citizenship competence")
#define KC_ENTREPRENEUR  KC ("KC7", "Entrepreneurship competence")
#define KC_CULTURAL      KC ("KC8", "Cultural awareness and expression competence")

#define DESIGN(shape, fill, border, icon, banner, ribbon, stars) \
  "{\"shape\":\"" shape "\",\"fill\":\"" fill "\",\"border\":\"" border "\",\"icon\":\"" icon \
  "\",\"banner\":\"" banner "\",\"ribbon\":" ribbon ",\"stars\":" stars "}"

typedef struct
{
  const char *key;
  const char *category;
  const char *name;
  const char *short_name;
  const char *description;
  const char *criteria;
  const char *tags;
  const char *alignment;
  const char *design;
} BadgeSpec;

static const BadgeSpec badges[] = {
  { "module-identity-culture", "module", "Identity and culture", "Identity",
    "Explored their own identity, values and cultural background, and how these shape the way "
    "we see other people.",
    "Take part in the whole identity and culture module of an Active Citizens facilitator "
    "development workshop.", "[\"active citizens\",\"toolkit module\",\"identity\",\"culture\"]",
    "[" KC_PERSONAL "," KC_CULTURAL "]",
    DESIGN ("hexagon", "#3584e4", "#1a5fb4", "avatar-default-symbolic", "Identity", "false", "1") },
  { "module-intercultural-dialogue", "module", "Intercultural dialogue", "Dialogue",
    "Practised dialogue across languages and cultures: listening, asking open questions and "
    "handling disagreement with respect.",
    "Take part in the whole intercultural dialogue module of an Active Citizens facilitator "
    "development workshop.", "[\"active citizens\",\"toolkit module\",\"dialogue\"]",
    "[" KC_CULTURAL "," KC_CITIZENSHIP "]",
    DESIGN ("hexagon", "#9141ac", "#613583", "emoji-people-symbolic", "Dialogue", "false", "1") },
  { "module-local-global-community", "module", "Local and global communities", "Communities",
    "Mapped the needs, assets and power of a local community and linked them to global issues.",
    "Take part in the whole local and global communities module of an Active Citizens "
    "facilitator development workshop.", "[\"active citizens\",\"toolkit module\",\"community\"]",
    "[" KC_CITIZENSHIP "]",
    DESIGN ("hexagon", "#33d17a", "#26a269",
            "find-location-symbolic", "Communities", "false", "1") },
  { "module-social-action-planning", "module", "Social action planning", "Social action",
    "Planned a social action project with a community: goals, partners, budget, risks and how "
    "to show its results.",
    "Take part in the whole social action planning module of an Active Citizens facilitator "
    "development workshop.", "[\"active citizens\",\"toolkit module\",\"social action\"]",
    "[" KC_CITIZENSHIP "," KC_ENTREPRENEUR "]",
    DESIGN ("hexagon", "#ff7800", "#c64600",
            "x-office-calendar-symbolic", "Social action", "false", "1") },
  { "kc-literacy", "competence", "Literacy competence", "Literacy",
    "Finds, understands and creates written and spoken texts and uses them to communicate with "
    "different audiences.",
    "Lead a social action project whose main activity is reading, writing or storytelling, and "
    "report on it.", "[\"key competence\",\"literacy\"]", "[" KC_LITERACY "]",
    DESIGN ("circle", "#f6d32d", "#e5a50a",
            "x-office-document-symbolic", "Literacy", "false", "0") },
  { "kc-multilingual", "competence", "Multilingual competence", "Languages",
    "Uses several languages to communicate and to bring people of different language "
    "communities together.", "Facilitate Active Citizens activities in at least three languages.",
    "[\"key competence\",\"languages\"]", "[" KC_MULTILINGUAL "]",
    DESIGN ("circle", "#3584e4", "#1a5fb4", "emoji-flags-symbolic", "Languages", "false", "0") },
  { "kc-stem", "competence",
    "Mathematical competence and competence in science, technology and engineering", "STEM",
    "Uses mathematical thinking, scientific evidence and practical technology to understand "
    "and solve problems.",
    "Lead a social action project built on measurement, science or practical engineering, and "
    "report on it.", "[\"key competence\",\"STEM\"]", "[" KC_STEM "]",
    DESIGN ("circle", "#2ec27e", "#26a269",
            "applications-science-symbolic", "STEM", "false", "0") },
  { "kc-digital", "competence", "Digital competence", "Digital",
    "Uses digital technologies confidently, critically and safely, and helps others to do so.",
    "Lead a social action project that teaches digital skills, and report on it.",
    "[\"key competence\",\"digital\"]", "[" KC_DIGITAL "]",
    DESIGN ("circle", "#62a0ea", "#1c71d8", "computer-symbolic", "Digital", "false", "0") },
  { "kc-personal-social", "competence", "Personal, social and learning to learn competence",
    "Learning to learn",
    "Reflects on their own learning, works well with others and learns from peers in other "
    "communities.",
    "Take part in an Active Citizens study visit and share what was learnt with the home team.",
    "[\"key competence\",\"learning to learn\"]", "[" KC_PERSONAL "]",
    DESIGN ("circle", "#dc8add", "#9141ac", "emoji-body-symbolic", "Learning", "false", "0") },
  { "kc-citizenship", "competence", "Citizenship competence", "Citizenship",
    "Takes part in civic and social life and in local decision-making, grounded in an "
    "understanding of society and politics.",
    "Lead a social action project that involves residents in a local decision, and report on it.",
    "[\"key competence\",\"citizenship\"]", "[" KC_CITIZENSHIP "]",
    DESIGN ("circle", "#e01b24", "#a51d2d",
            "network-workgroup-symbolic", "Citizenship", "false", "0") },
  { "kc-entrepreneurship", "competence", "Entrepreneurship competence", "Entrepreneurship",
    "Acts on opportunities and ideas and turns them into value for others, planning and "
    "managing resources.",
    "Lead a social action project that helps people earn a living, and report on it.",
    "[\"key competence\",\"entrepreneurship\"]", "[" KC_ENTREPRENEUR "]",
    DESIGN ("circle", "#ffa348", "#c64600", "emoji-objects-symbolic", "Enterprise", "false", "0") },
  { "kc-cultural", "competence", "Cultural awareness and expression competence", "Culture",
    "Understands and respects how ideas and meaning are expressed in different cultures and "
    "through the arts.",
    "Lead a social action project about the cultural heritage or arts of the community, and "
    "report on it.", "[\"key competence\",\"culture\",\"heritage\"]", "[" KC_CULTURAL "]",
    DESIGN ("circle", "#986a44", "#63452c",
            "applications-graphics-symbolic", "Culture", "false", "0") },
  { "role-facilitator", "role", "Active Citizens facilitator", "Facilitator",
    "A trained Active Citizens facilitator who runs community workshops on identity, dialogue, "
    "community and social action.",
    "Complete all four toolkit modules and facilitate at least two community workshops.",
    "[\"active citizens\",\"facilitator\"]", "[" KC_CITIZENSHIP "," KC_PERSONAL "]",
    DESIGN ("shield", "#1a5fb4", "#241f31",
            "x-office-presentation-symbolic", "Facilitator", "true", "2") },
  { "role-social-action-leader", "role", "Social action leader", "Leader",
    "Led a community through a funded social action project from plan to final report.",
    "Lead a social action project that delivers its activities and its final report.",
    "[\"active citizens\",\"social action\",\"leadership\"]",
    "[" KC_CITIZENSHIP "," KC_ENTREPRENEUR "]",
    DESIGN ("rosette", "#e5a50a", "#986a44", "starred-symbolic", "Leader", "true", "3") },
};

#define N_BADGES G_N_ELEMENTS (badges)

static const char * const part_one_modules[] = { "identity_culture", "intercultural_dialogue" };
static const char * const part_two_modules[] = {
  "local_global_community", "social_action_planning"
};

typedef struct
{
  gint64  id;
  char   *email;
  guint   n_workshops;
  char   *second_workshop_on;
} FacilitatorState;

typedef struct
{
  KartuStore       *store;
  GRand            *rand;
  GError           *error;
  gint64            muni_ids[N_MUNIS];
  gint64            org_ids[N_ORGS];
  gint64            round_ids[N_ROUNDS];
  gint64            badge_ids[N_BADGES];
  FacilitatorState  facilitators[N_FACILITATORS];
  int               project_leads[N_PROJECTS];
  gint64            project_reached[N_PROJECTS];
  GHashTable       *awarded;
} Demo;

/* Inserts a row with a new uuid bound to ?1; @types says how to bind the rest, from ?2:
 * T text (NULL for SQL NULL), i int, I gint64, R gint64 row id (0 for NULL), D double. */
static gint64
demo_insert (Demo       *demo,
             const char *table,
             const char *sql,
             const char *types,
             ...)
{
  g_autoptr(KartuStmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  va_list args;
  int index = 2;

  if (demo->error != NULL)
    return 0;

  stmt = kartu_store_prepare (demo->store, sql, &demo->error);
  if (stmt == NULL)
    return 0;

  uuid = g_uuid_string_random ();
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);

  va_start (args, types);
  for (const char *t = types; *t != '\0'; t++, index++)
    {
      switch (*t)
        {
        case 'T':
          {
            const char *text = va_arg (args, const char *);

            if (text != NULL)
              sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
            else
              sqlite3_bind_null (stmt, index);
          }
          break;

        case 'i':
          sqlite3_bind_int (stmt, index, va_arg (args, int));
          break;

        case 'I':
          sqlite3_bind_int64 (stmt, index, va_arg (args, gint64));
          break;

        case 'R':
          {
            gint64 id = va_arg (args, gint64);

            if (id > 0)
              sqlite3_bind_int64 (stmt, index, id);
            else
              sqlite3_bind_null (stmt, index);
          }
          break;

        case 'D':
          sqlite3_bind_double (stmt, index, va_arg (args, double));
          break;

        default:
          g_assert_not_reached ();
        }
    }
  va_end (args);

  if (!kartu_store_step_done (demo->store, stmt, &demo->error))
    return 0;

  kartu_store_mark_changed (demo->store, table);

  return sqlite3_last_insert_rowid (kartu_store_get_db (demo->store));
}

static int
rand_range (Demo *demo,
            int   lo,
            int   hi)
{
  return g_rand_int_range (demo->rand, lo, hi + 1);
}

static char *
date_add_days (const char *iso,
               int         days)
{
  unsigned year, month, day;
  GDate date;

  if (sscanf (iso, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    g_return_val_if_reached (g_strdup (iso));

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

static int
days_between (const char *from,
              const char *to)
{
  unsigned y1, m1, d1, y2, m2, d2;
  GDate a, b;

  if (sscanf (from, "%4u-%2u-%2u", &y1, &m1, &d1) != 3 ||
      sscanf (to, "%4u-%2u-%2u", &y2, &m2, &d2) != 3)
    g_return_val_if_reached (0);

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, d1, m1, y1);
  g_date_set_dmy (&b, d2, m2, y2);

  return g_date_days_between (&a, &b);
}

static char *
min_date (char       *date,
          const char *limit)
{
  if (strcmp (date, limit) > 0)
    {
      g_free (date);
      return g_strdup (limit);
    }

  return date;
}

static void
jitter (Demo   *demo,
        Place   place,
        double *latitude,
        double *longitude)
{
  *latitude = places [place].latitude + g_rand_double_range (demo->rand, -0.004, 0.004);
  *longitude = places [place].longitude + g_rand_double_range (demo->rand, -0.006, 0.006);
}

static char *
random_mobile (Demo *demo)
{
  return g_strdup_printf ("+370 6%02d %05d", rand_range (demo, 0, 99), rand_range (demo, 0, 99999));
}

static char *
random_salt (Demo *demo)
{
  return g_strdup_printf ("%08x%08x", g_rand_int (demo->rand), g_rand_int (demo->rand));
}

static char *
email_for (const char *full_name,
           guint       index)
{
  static const char * const domains[] = { "example.org", "example.net", "example.com" };
  g_autofree char *ascii = g_str_to_ascii (full_name, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);

  g_strdelimit (lower, " ", '.');

  return g_strdup_printf ("%s@%s", lower, domains [index % G_N_ELEMENTS (domains)]);
}

static gboolean
facilitator_available (guint       index,
                       const char *date)
{
  const FacilitatorSpec *spec = &facilitators [index];

  if (g_str_equal (spec->status, "in_training"))
    return FALSE;
  if (strcmp (cohort_ready [spec->cohort], date) >= 0)
    return FALSE;
  if (g_str_equal (spec->status, "left") && strcmp (date, "2019-01-01") >= 0)
    return FALSE;
  if (g_str_equal (spec->status, "paused") && strcmp (date, "2019-06-01") >= 0)
    return FALSE;

  return TRUE;
}

/* Picks up to @n different facilitators of @muni available on @date, or of the whole
 * programme when none of @muni is. */
static guint
pick_facilitators (Demo       *demo,
                   Muni        muni,
                   const char *date,
                   guint       n,
                   guint      *picked)
{
  guint candidates[N_FACILITATORS];
  guint n_candidates = 0;

  for (guint i = 0; i < N_FACILITATORS; i++)
    if (facilitators [i].muni == muni && facilitator_available (i, date))
      candidates [n_candidates++] = i;

  if (n_candidates == 0)
    for (guint i = 0; i < N_FACILITATORS; i++)
      if (facilitator_available (i, date))
        candidates [n_candidates++] = i;

  n = MIN (n, n_candidates);
  for (guint i = 0; i < n; i++)
    {
      guint j = i + g_rand_int_range (demo->rand, 0, n_candidates - i);
      guint swap = candidates [i];

      candidates [i] = candidates [j];
      candidates [j] = swap;
      picked [i] = candidates [i];
    }

  return n;
}

static gboolean
lookup_ids (Demo *demo)
{
  for (guint i = 0; i < N_MUNIS; i++)
    {
      g_autoptr(KartuStmt) stmt = NULL;

      stmt = kartu_store_prepare (demo->store,
                                  "SELECT id FROM municipality WHERE country = 'LT' AND code = ?",
                                  &demo->error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_text (stmt, 1, muni_codes [i], -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          g_set_error (&demo->error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_FOUND,
                       _("The municipality list has no municipality with the code %s."),
                       muni_codes [i]);
          return FALSE;
        }
      demo->muni_ids [i] = sqlite3_column_int64 (stmt, 0);
    }

  return TRUE;
}

static gint64
theme_id (Demo       *demo,
          const char *code)
{
  g_autoptr(KartuStmt) stmt = NULL;

  if (demo->error != NULL)
    return 0;

  stmt = kartu_store_prepare (demo->store, "SELECT id FROM theme WHERE code = ?", &demo->error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (&demo->error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_NOT_FOUND,
                   _("There is no project theme with the code “%s”."), code);
      return 0;
    }

  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
update_programme (Demo *demo)
{
  g_autoptr(KartuStmt) stmt = NULL;

  stmt = kartu_store_prepare (demo->store,
                              "UPDATE programme SET starts_on = ?, ends_on = ?, issuer_name = ?, "
                              "issuer_url = ?, issuer_email = ? WHERE id = 1",
                              &demo->error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, "2017-01-01", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, "2019-12-31", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, ISSUER_NAME, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, ISSUER_URL, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, ISSUER_EMAIL, -1, SQLITE_STATIC);

  if (!kartu_store_step_done (demo->store, stmt, &demo->error))
    return FALSE;

  kartu_store_mark_changed (demo->store, "programme");

  return TRUE;
}

static void
add_organisations (Demo *demo)
{
  for (guint i = 0; i < N_ORGS; i++)
    {
      const OrgSpec *spec = &organisations [i];
      const char *area = muni_area_codes [spec->muni];
      g_autofree char *email = g_strdup_printf ("info@%s", spec->domain);
      g_autofree char *website = g_strdup_printf ("https://%s", spec->domain);
      g_autofree char *phone = NULL;

      if (strlen (area) == 1)
        phone = g_strdup_printf ("+370 %s %03d %04d", area, rand_range (demo, 200, 299),
                                 rand_range (demo, 0, 9999));
      else if (strlen (area) == 2)
        phone = g_strdup_printf ("+370 %s %03d %03d", area, rand_range (demo, 300, 799),
                                 rand_range (demo, 0, 999));
      else
        phone = g_strdup_printf ("+370 %s %02d %03d", area, rand_range (demo, 30, 79),
                                 rand_range (demo, 0, 999));

      demo->org_ids [i] =
        demo_insert (demo, "organisation",
                     "INSERT INTO organisation "
                     "(uuid, name, kind, municipality_id, email, phone, website) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     "TTRTTT", spec->name, spec->kind, demo->muni_ids [spec->muni], email, phone,
                     website);
    }
}

static const char *
cohort_starts_on (int cohort)
{
  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    if (activities [i].cohort == cohort && activities [i].part == PART_ONE)
      return activities [i].starts_on;

  g_return_val_if_reached (NULL);
}

static void
add_facilitators (Demo *demo)
{
  for (guint i = 0; i < N_FACILITATORS; i++)
    {
      const FacilitatorSpec *spec = &facilitators [i];
      FacilitatorState *state = &demo->facilitators [i];
      g_autofree char *phone = random_mobile (demo);
      g_auto(GStrv) languages = g_strsplit (spec->languages, ",", -1);

      state->email = email_for (spec->full_name, i);
      state->id =
        demo_insert (demo, "facilitator",
                     "INSERT INTO facilitator (uuid, full_name, email, phone, gender, "
                     "organisation_id, municipality_id, status, consent_on, "
                     "consent_purpose, notes) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     "TTTTRRTTTT", spec->full_name, state->email, phone, spec->gender,
                     spec->org != NO_ORG ? demo->org_ids [spec->org] : (gint64)0,
                     demo->muni_ids [spec->muni], spec->status, cohort_starts_on (spec->cohort),
                     "Contact about Active Citizens trainings and activities, issuing Open Badges, "
                     "and anonymised reports to funders.",
                     spec->notes);

      for (guint j = 0; languages [j] != NULL; j++)
        demo_insert (demo, "facilitator_language",
                     "INSERT INTO facilitator_language (uuid, facilitator_id, language) "
                     "VALUES (?, ?, ?)",
                     "IT", state->id, languages [j]);
    }
}

static void
add_rounds (Demo *demo)
{
  for (guint i = 0; i < N_ROUNDS; i++)
    {
      demo->round_ids [i] =
        demo_insert (demo, "funding_round",
                     "INSERT INTO funding_round (uuid, name, opens_on, closes_on, notes) "
                     "VALUES (?, ?, ?, ?, ?)",
                     "TTTT", rounds [i].name, rounds [i].opens_on, rounds [i].closes_on,
                     rounds [i].notes);
      demo_insert (demo, "round_budget",
                   "INSERT INTO round_budget (uuid, round_id, currency, amount_minor) "
                   "VALUES (?, ?, ?, ?)",
                   "ITI", demo->round_ids [i], "EUR", rounds [i].budget_minor);
    }
}

static void
add_assignment (Demo       *demo,
                gint64      activity_id,
                const char *kind,
                const char *date,
                guint       facilitator,
                const char *role,
                gboolean    attended)
{
  FacilitatorState *state = &demo->facilitators [facilitator];

  demo_insert (demo, "assignment",
               "INSERT INTO assignment (uuid, activity_id, facilitator_id, role, attended) "
               "VALUES (?, ?, ?, ?, ?)",
               "IITi", activity_id, state->id, role, attended ? 1 : 0);

  if (attended && g_str_equal (kind, "community_workshop") &&
      (g_str_equal (role, "lead") || g_str_equal (role, "facilitator")))
    {
      state->n_workshops++;
      if (state->n_workshops == 2)
        state->second_workshop_on = g_strdup (date);
    }
}

static gint64
insert_activity (Demo       *demo,
                 const char *kind,
                 const char *title,
                 const char *starts_on,
                 const char *ends_on,
                 Place       place,
                 const char *venue,
                 int         female,
                 int         male,
                 int         other,
                 gint64      project_id,
                 const char *notes)
{
  double latitude, longitude;

  jitter (demo, place, &latitude, &longitude);

  return demo_insert (demo, "activity",
                      "INSERT INTO activity (uuid, kind, title, starts_on, ends_on, "
                      "municipality_id, latitude, longitude, venue, participants_female, "
                      "participants_male, participants_other, project_id, notes) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      "TTTTRDDTiiiRT", kind, title, starts_on, ends_on,
                      demo->muni_ids [places [place].muni], latitude, longitude, venue,
                      female, male, other, project_id, notes);
}

static const char *
module_title (const char *module)
{
  if (g_str_equal (module, "identity_culture"))
    return "Active Citizens: Identity and culture";
  if (g_str_equal (module, "intercultural_dialogue"))
    return "Active Citizens: Intercultural dialogue";
  if (g_str_equal (module, "local_global_community"))
    return "Active Citizens: Local and global communities";
  if (g_str_equal (module, "social_action_planning"))
    return "Active Citizens: Social action planning";

  return "Facilitating difficult conversations (refresher)";
}

static void
add_training_activity (Demo               *demo,
                       const ActivitySpec *spec)
{
  gboolean trainee[N_FACILITATORS] = { FALSE, };
  int female = 0, male = 0;
  gint64 activity_id;

  for (guint i = 0; i < N_FACILITATORS; i++)
    {
      const FacilitatorSpec *f = &facilitators [i];

      if (f->cohort != spec->cohort)
        continue;
      if (spec->part == PART_TWO && g_str_equal (f->status, "in_training"))
        continue;
      if (spec->part == PART_REFRESHER && rand_range (demo, 0, 4) == 0)
        continue;

      trainee [i] = TRUE;
      if (g_str_equal (f->gender, "female"))
        female++;
      else
        male++;
    }

  /* Municipal staff and partners also sit in on the workshops. */
  female += rand_range (demo, 0, 3);
  male += rand_range (demo, 0, 2);

  activity_id = insert_activity (demo, spec->kind, spec->title, spec->starts_on, spec->ends_on,
                                 spec->place, spec->venue, female, male, 0, 0, spec->notes);

  /* Later cohorts are co-trained by two experienced facilitators of the first. */
  if (spec->cohort > 1)
    {
      guint trainers[2];
      guint n = 0;

      for (guint i = 0; i < N_FACILITATORS && n < 2; i++)
        if (facilitators [i].cohort == 1 && g_str_equal (facilitators [i].status, "active") &&
            rand_range (demo, 0, 2) == 0)
          trainers [n++] = i;
      for (guint i = 0; i < n; i++)
        add_assignment (demo, activity_id, spec->kind, spec->starts_on, trainers [i], "trainer",
                        TRUE);
    }

  for (guint i = 0; i < N_FACILITATORS; i++)
    {
      const char * const *modules = spec->part == PART_ONE ? part_one_modules : part_two_modules;
      guint n_modules = spec->part == PART_REFRESHER ? 1 : 2;

      if (!trainee [i])
        continue;

      for (guint m = 0; m < n_modules; m++)
        {
          const char *module = spec->part == PART_REFRESHER ? "facilitation" : modules [m];

          demo_insert (demo, "training",
                       "INSERT INTO training (uuid, facilitator_id, module, title, provider, "
                       "completed_on, activity_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       "ITTTTI", demo->facilitators [i].id, module, module_title (module),
                       ISSUER_NAME, spec->ends_on, activity_id);
        }
    }
}

static void
add_activity (Demo               *demo,
              const ActivitySpec *spec)
{
  Muni muni = places [spec->place].muni;
  guint picked[N_FACILITATORS];
  int female, male, other = 0;
  gint64 activity_id;
  guint n;

  if (g_str_equal (spec->kind, "facilitator_training"))
    {
      add_training_activity (demo, spec);
      return;
    }

  if (g_str_equal (spec->kind, "conference"))
    {
      female = rand_range (demo, 55, 80);
      male = rand_range (demo, 25, 45);
      other = rand_range (demo, 0, 2);
    }
  else if (g_str_equal (spec->kind, "meeting"))
    {
      female = rand_range (demo, 3, 9);
      male = rand_range (demo, 2, 7);
    }
  else if (g_str_equal (spec->kind, "study_visit"))
    {
      female = rand_range (demo, 6, 12);
      male = rand_range (demo, 3, 8);
    }
  else
    {
      female = rand_range (demo, 6, 18);
      male = rand_range (demo, 3, 12);
      other = rand_range (demo, 0, 9) == 0 ? 1 : 0;
    }

  activity_id = insert_activity (demo, spec->kind, spec->title, spec->starts_on, spec->ends_on,
                                 spec->place, spec->venue, female, male, other, 0, spec->notes);

  if (g_str_equal (spec->kind, "conference"))
    {
      /* Facilitators from everywhere: a few run sessions, one could not come after all. */
      n = 0;
      for (guint i = 0; i < N_FACILITATORS; i++)
        if (facilitator_available (i, spec->starts_on) && rand_range (demo, 0, 2) > 0)
          picked [n++] = i;
      for (guint i = 0; i < n; i++)
        add_assignment (demo, activity_id, spec->kind, spec->starts_on, picked [i],
                        i < 3 ? "facilitator" : "observer", i != n - 1);
      return;
    }

  if (g_str_equal (spec->kind, "study_visit"))
    {
      /* The visitors come from another municipality than the host. */
      Muni visitors = MUNI_VILNIUS;

      if (g_str_has_prefix (spec->title, "Study visit of Klaipėda"))
        visitors = MUNI_KLAIPEDA_DISTRICT;
      else if (g_str_has_prefix (spec->title, "Study visit of Visaginas"))
        visitors = MUNI_VISAGINAS;

      n = pick_facilitators (demo, visitors, spec->starts_on, rand_range (demo, 3, 5), picked);
      for (guint i = 0; i < n; i++)
        add_assignment (demo, activity_id, spec->kind, spec->starts_on, picked [i],
                        i == 0 ? "lead" : "observer", TRUE);
      return;
    }

  if (g_str_equal (spec->kind, "meeting"))
    {
      n = pick_facilitators (demo, muni, spec->starts_on, rand_range (demo, 1, 2), picked);

      /* Before anyone was trained, the partner's coordinator (the first facilitator) went. */
      if (n == 0)
        picked [n++] = 0;
    }
  else
    n = pick_facilitators (demo, muni, spec->starts_on, rand_range (demo, 1, 3), picked);

  for (guint i = 0; i < n; i++)
    add_assignment (demo, activity_id, spec->kind, spec->starts_on, picked [i],
                    i == 0 ? "lead" : "facilitator", TRUE);
}

static gboolean
status_is_funded (const char *status)
{
  return g_str_equal (status, "approved") || g_str_equal (status, "contracted") ||
         g_str_equal (status, "in_progress") || g_str_equal (status, "report_due") ||
         g_str_equal (status, "closed");
}

static void
add_tranches (Demo              *demo,
              const ProjectSpec *spec,
              gint64             project_id,
              gint64             approved)
{
  static const int splits[][3] = {
    { 100, 0, 0 }, { 60, 40, 0 }, { 70, 30, 0 }, { 50, 30, 20 }, { 40, 40, 20 },
  };
  static const char * const notes[] = { "Advance payment", "Second instalment", "Final payment" };
  const int *split = splits [rand_range (demo, 0, G_N_ELEMENTS (splits) - 1)];
  gboolean closed = g_str_equal (spec->status, "closed");
  gboolean report_due = g_str_equal (spec->status, "report_due");
  gboolean in_progress = g_str_equal (spec->status, "in_progress");
  guint n = split [2] > 0 ? 3 : split [1] > 0 ? 2 : 1;
  int late_index = -1;
  gint64 remaining = approved;
  char *planned[3] = { NULL, NULL, NULL };

  planned [0] = date_add_days (spec->starts_on, -7);
  if (n > 1)
    planned [n - 1] = date_add_days (spec->ends_on, 30);
  /* With two instalments the second follows the final report; with three the middle
   * one falls halfway through the project. */
  if (n == 3)
    planned [1] = date_add_days (spec->starts_on,
                                 days_between (spec->starts_on, spec->ends_on) / 2);

  /* A "late" project is the one whose latest instalment that fell due was not paid. */
  if (spec->late)
    for (guint i = 0; i < n; i++)
      if (strcmp (planned [i], TODAY) < 0)
        late_index = i;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *paid_on = NULL;
      gint64 amount;
      gboolean paid;

      if (i == n - 1)
        amount = remaining;
      else
        amount = approved * split [i] / 100 / 100 * 100;
      remaining -= amount;

      if (closed)
        paid = TRUE;
      else if (report_due)
        paid = i < n - 1 || n == 1;
      else if (in_progress)
        paid = strcmp (planned [i], TODAY) < 0 && (int)i != late_index;
      else
        paid = FALSE;

      if (paid)
        paid_on = min_date (date_add_days (planned [i], rand_range (demo, 0, 12)), TODAY);

      demo_insert (demo, "tranche",
                   "INSERT INTO tranche (uuid, project_id, position, planned_on, paid_on, "
                   "amount_minor, currency, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   "IiTTITT", project_id, (int)i + 1, planned [i], paid_on, amount, "EUR",
                   n == 1 ? "Whole grant, paid in advance" : i == n - 1 ? notes [2] : notes [i]);
    }

  for (guint i = 0; i < 3; i++)
    g_free (planned [i]);
}

static void
add_project (Demo  *demo,
             guint  index)
{
  static const char * const member_roles[] = {
    "co-organiser", "volunteer coordinator", "treasurer", "communications",
  };
  const ProjectSpec *spec = &projects [index];
  Muni muni = places [spec->place].muni;
  gboolean funded = status_is_funded (spec->status);
  gboolean delivered = g_str_equal (spec->status, "closed") ||
                       g_str_equal (spec->status, "report_due");
  gboolean started = delivered || g_str_equal (spec->status, "in_progress");
  g_auto(GStrv) themes = g_strsplit (spec->themes, ",", -1);
  g_autofree char *report_due_on = NULL;
  guint team[4];
  guint n_team;
  gint64 requested, approved = 0;
  gint64 targeted, reached = 0;
  gint64 organisation = 0;
  gint64 project_id;
  double latitude, longitude;

  requested = (gint64)rand_range (demo, 30, 250) * 1000;
  if (funded)
    {
      approved = rand_range (demo, 0, 1) == 0
                 ? requested
                 : requested * rand_range (demo, 75, 95) / 100 / 1000 * 1000;
      report_due_on = date_add_days (spec->ends_on, 30);
    }

  targeted = rand_range (demo, 4, 40) * 5;
  if (delivered)
    reached = targeted * rand_range (demo, 60, 130) / 100;
  else if (started)
    reached = targeted * rand_range (demo, 20, 70) / 100;

  if (rand_range (demo, 0, 1) == 0)
    {
      for (guint i = 0; i < N_ORGS; i++)
        if (organisations [i].muni == muni && i != ORG_TILTAI)
          {
            organisation = demo->org_ids [i];
            if (rand_range (demo, 0, 1) == 0)
              break;
          }
    }

  n_team = pick_facilitators (demo, muni, spec->starts_on, rand_range (demo, 1, 3), team);
  demo->project_leads [index] = n_team > 0 ? (int)team [0] : -1;
  demo->project_reached [index] = reached;

  jitter (demo, spec->place, &latitude, &longitude);

  project_id =
    demo_insert (demo, "project",
                 "INSERT INTO project (uuid, title, summary, municipality_id, latitude, longitude, "
                 "lead_facilitator_id, lead_organisation_id, round_id, status, currency, "
                 "requested_minor, approved_minor, beneficiaries_targeted, beneficiaries_reached, "
                 "starts_on, ends_on, report_due_on) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 "TTRDDRRRTTIRIRTTT", spec->title, spec->summary, demo->muni_ids [muni],
                 latitude, longitude,
                 n_team > 0 ? demo->facilitators [team [0]].id : (gint64)0,
                 organisation, demo->round_ids [spec->round], spec->status, "EUR",
                 requested, approved, targeted, reached, spec->starts_on, spec->ends_on,
                 report_due_on);

  for (guint i = 0; themes [i] != NULL; i++)
    demo_insert (demo, "project_theme",
                 "INSERT INTO project_theme (uuid, project_id, theme_id) VALUES (?, ?, ?)",
                 "II", project_id, theme_id (demo, themes [i]));

  for (guint i = 1; i < n_team; i++)
    demo_insert (demo, "project_member",
                 "INSERT INTO project_member (uuid, project_id, facilitator_id, role) "
                 "VALUES (?, ?, ?, ?)",
                 "IIT", project_id, demo->facilitators [team [i]].id,
                 member_roles [rand_range (demo, 0, G_N_ELEMENTS (member_roles) - 1)]);

  if (funded)
    add_tranches (demo, spec, project_id, approved);

  if (spec->event_title != NULL)
    {
      gint64 activity_id;

      activity_id = insert_activity (demo, "social_action_event", spec->event_title,
                                     spec->event_on, spec->event_on, spec->place, spec->event_venue,
                                     rand_range (demo, 15, 70), rand_range (demo, 10, 60),
                                     rand_range (demo, 0, 2), project_id, NULL);
      for (guint i = 0; i < n_team; i++)
        add_assignment (demo, activity_id, "social_action_event", spec->event_on, team [i],
                        i == 0 ? "lead" : "facilitator", TRUE);
    }
}

static void
add_badges (Demo *demo)
{
  for (guint i = 0; i < N_BADGES; i++)
    {
      const BadgeSpec *spec = &badges [i];

      demo->badge_ids [i] =
        demo_insert (demo, "badge",
                     "INSERT INTO badge (uuid, name, short_name, description, criteria, category, "
                     "tags, alignment, design, template_key, language) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'en')",
                     "TTTTTTTTT", spec->name, spec->short_name, spec->description, spec->criteria,
                     spec->category, spec->tags, spec->alignment, spec->design, spec->key);
    }
}

static guint
badge_index (const char *key)
{
  for (guint i = 0; i < N_BADGES; i++)
    if (g_str_equal (badges [i].key, key))
      return i;

  g_return_val_if_reached (0);
}

static gint64
add_award (Demo       *demo,
           const char *badge,
           guint       facilitator,
           const char *issued_on,
           const char *narrative)
{
  g_autofree char *key = g_strdup_printf ("%s:%u", badge, facilitator);
  g_autofree char *salt = NULL;
  g_autofree char *salted = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *hash = NULL;

  if (g_hash_table_contains (demo->awarded, key))
    return 0;
  g_hash_table_add (demo->awarded, g_steal_pointer (&key));

  salt = random_salt (demo);
  salted = g_strconcat (demo->facilitators [facilitator].email, salt, NULL);
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, salted, -1);
  hash = g_strconcat ("sha256$", digest, NULL);

  return demo_insert (demo, "award",
                      "INSERT INTO award (uuid, badge_id, facilitator_id, recipient_hash, "
                      "recipient_salt, issued_on, evidence_narrative) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      "IITTTT", demo->badge_ids [badge_index (badge)],
                      demo->facilitators [facilitator].id, hash, salt, issued_on, narrative);
}

static const char *
module_badge (const char *module)
{
  if (g_str_equal (module, "identity_culture"))
    return "module-identity-culture";
  if (g_str_equal (module, "intercultural_dialogue"))
    return "module-intercultural-dialogue";
  if (g_str_equal (module, "local_global_community"))
    return "module-local-global-community";

  return "module-social-action-planning";
}

static const char *
first_name (const char *full_name,
            char       *buffer,
            gsize       size)
{
  const char *space = strchr (full_name, ' ');
  gsize len = space != NULL ? (gsize)(space - full_name) : strlen (full_name);

  g_strlcpy (buffer, full_name, MIN (len + 1, size));

  return buffer;
}

static void
award_study_visitors (Demo               *demo,
                      const ActivitySpec *visit)
{
  g_autoptr(KartuStmt) stmt = NULL;
  guint visitors[N_FACILITATORS];
  guint n_visitors = 0;

  if (demo->error != NULL)
    return;

  stmt = kartu_store_prepare (demo->store,
                              "SELECT a.facilitator_id FROM assignment a "
                              "JOIN activity v ON v.id = a.activity_id "
                              "WHERE v.kind = 'study_visit' AND v.starts_on = ? ORDER BY a.id",
                              &demo->error);
  if (stmt == NULL)
    return;

  sqlite3_bind_text (stmt, 1, visit->starts_on, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      for (guint f = 0; f < N_FACILITATORS && n_visitors < N_FACILITATORS; f++)
        if (demo->facilitators [f].id == id)
          visitors [n_visitors++] = f;
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < n_visitors; i++)
    add_award (demo, "kc-personal-social", visitors [i], visit->ends_on,
               "Took part in a study visit and shared what the group learnt with the home team.");
}

static void
add_awards (Demo *demo)
{
  const char *conference_on = NULL;
  gint64 endorsed_award = 0;
  guint endorsed_facilitator = 0;
  gint64 leader_award = 0;
  guint leader_project = 0;

  /* Module badges follow the module trainings. */
  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    {
      const ActivitySpec *spec = &activities [i];

      if (spec->part != PART_ONE && spec->part != PART_TWO)
        continue;

      for (guint f = 0; f < N_FACILITATORS; f++)
        {
          const char * const *modules =
            spec->part == PART_ONE ? part_one_modules : part_two_modules;

          if (facilitators [f].cohort != spec->cohort ||
              (spec->part == PART_TWO && g_str_equal (facilitators [f].status, "in_training")))
            continue;

          for (guint m = 0; m < 2; m++)
            add_award (demo, module_badge (modules [m]), f, spec->ends_on, NULL);
        }
    }

  for (guint f = 0; f < N_FACILITATORS; f++)
    {
      const FacilitatorState *state = &demo->facilitators [f];
      g_autofree char *narrative = NULL;
      gint64 award;

      if (state->n_workshops < 2)
        continue;

      narrative = g_strdup_printf ("Completed the four toolkit modules and facilitated %u "
                                   "community workshops.", state->n_workshops);
      award = add_award (demo, "role-facilitator", f, state->second_workshop_on, narrative);
      if (endorsed_award == 0 && facilitators [f].cohort > 1)
        {
          endorsed_award = award;
          endorsed_facilitator = f;
        }
    }

  for (guint i = 0; i < N_PROJECTS; i++)
    {
      const ProjectSpec *spec = &projects [i];
      int lead = demo->project_leads [i];
      g_autofree char *issued_on = NULL;
      g_autofree char *narrative = NULL;
      gint64 award;

      if (lead < 0)
        continue;

      if (g_str_equal (spec->status, "closed"))
        {
          issued_on = min_date (date_add_days (spec->ends_on, 45), TODAY);
          narrative = g_strdup_printf ("Led “%s”, which reached %" G_GINT64_FORMAT " people.",
                                       spec->title, demo->project_reached [i]);
          award = add_award (demo, "role-social-action-leader", lead, issued_on, narrative);
          if (leader_award == 0 && award != 0 && spec->event_title != NULL)
            {
              leader_award = award;
              leader_project = i;
            }
        }

      if (spec->badge != NULL && (g_str_equal (spec->status, "closed") ||
                                  g_str_equal (spec->status, "report_due")))
        {
          g_clear_pointer (&issued_on, g_free);
          issued_on = min_date (date_add_days (spec->ends_on, 14), TODAY);
          add_award (demo, spec->badge, lead, issued_on, NULL);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    if (g_str_equal (activities [i].kind, "conference"))
      conference_on = activities [i].ends_on;

  /* Multilingual badges were handed out at the conference. */
  for (guint f = 0; f < N_FACILITATORS; f++)
    {
      g_auto(GStrv) languages = g_strsplit (facilitators [f].languages, ",", -1);

      if (g_strv_length (languages) >= 3 && facilitator_available (f, conference_on))
        add_award (demo, "kc-multilingual", f, conference_on,
                   "Facilitated Active Citizens workshops in three or more languages.");
    }

  /* Study visitors earn the learning-to-learn badge. */
  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    if (g_str_equal (activities [i].kind, "study_visit"))
      award_study_visitors (demo, &activities [i]);

  if (endorsed_award != 0)
    {
      char name[64];
      g_autofree char *comment = NULL;

      comment = g_strdup_printf ("I observed two of %s’s workshops: confident, inclusive "
                                 "facilitation that made room for every language in the room.",
                                 first_name (facilitators [endorsed_facilitator].full_name,
                                             name, sizeof name));
      demo_insert (demo, "endorsement",
                   "INSERT INTO endorsement (uuid, award_id, endorser_facilitator_id, "
                   "endorser_name, comment, issued_on) VALUES (?, ?, ?, ?, ?, ?)",
                   "IITTT", endorsed_award, demo->facilitators [0].id, facilitators [0].full_name,
                   comment, "2019-10-18");
    }

  if (leader_award != 0)
    {
      const ProjectSpec *spec = &projects [leader_project];
      g_autofree char *issued_on = min_date (date_add_days (spec->ends_on, 60), TODAY);
      g_autofree char *comment = NULL;

      comment = g_strdup_printf ("“%s” brought people together who had never worked with each "
                                 "other before. We are glad to have been a partner.",
                                 spec->title);
      demo_insert (demo, "endorsement",
                   "INSERT INTO endorsement (uuid, award_id, endorser_facilitator_id, "
                   "endorser_name, comment, issued_on) VALUES (?, ?, ?, ?, ?, ?)",
                   "IRTTT", leader_award, (gint64)0, ISSUER_NAME, comment, issued_on);
    }

  /* One badge went out by mistake to a facilitator who missed the module. */
  for (guint f = 0; f < N_FACILITATORS; f++)
    {
      g_autofree char *salt = NULL;
      g_autofree char *salted = NULL;
      g_autofree char *digest = NULL;
      g_autofree char *hash = NULL;

      if (!g_str_equal (facilitators [f].status, "in_training"))
        continue;

      salt = random_salt (demo);
      salted = g_strconcat (demo->facilitators [f].email, salt, NULL);
      digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, salted, -1);
      hash = g_strconcat ("sha256$", digest, NULL);

      demo_insert (demo, "award",
                   "INSERT INTO award (uuid, badge_id, facilitator_id, recipient_hash, "
                   "recipient_salt, issued_on, revoked_at, revocation_reason) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   "IITTTTT", demo->badge_ids [badge_index ("module-social-action-planning")],
                   demo->facilitators [f].id, hash, salt, COHORT_3_READY, "2019-04-10T09:30:00Z",
                   "Issued by mistake: the facilitator did not attend this module's workshop.");
      break;
    }
}

static void
demo_clear (Demo *demo)
{
  for (guint i = 0; i < N_FACILITATORS; i++)
    {
      g_free (demo->facilitators [i].email);
      g_free (demo->facilitators [i].second_workshop_on);
    }
  g_clear_pointer (&demo->awarded, g_hash_table_unref);
  g_clear_pointer (&demo->rand, g_rand_free);
  g_clear_error (&demo->error);
}

static gboolean
generate (Demo *demo)
{
  g_autoptr(KartuProgramme) programme = NULL;

  programme = kartu_programme_create (demo->store, PROGRAMME_NAME, "LT", "EUR", &demo->error);
  if (programme == NULL)
    return FALSE;

  if (!update_programme (demo) || !lookup_ids (demo))
    return FALSE;

  add_organisations (demo);
  add_facilitators (demo);
  add_rounds (demo);

  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    add_activity (demo, &activities [i]);

  for (guint i = 0; i < N_PROJECTS; i++)
    add_project (demo, i);

  add_badges (demo);
  add_awards (demo);

  return demo->error == NULL;
}

/**
 * kartu_demo_generate:
 * @store: a store without a programme
 * @seed: the seed of the random choices (%KARTU_DEMO_SEED for the documented demo)
 * @error: a location for a #GError
 *
 * Writes the demo programme “Active Citizens Lithuania 2017–2019” into @store in
 * one transaction: partner organisations, facilitators and their trainings,
 * activities, two funding rounds of social action projects with their tranches,
 * and badges with their awards. The same @seed always gives the same programme.
 * A store that already has a programme is refused and left unchanged.
 *
 * Returns: %TRUE on success
 */
gboolean
kartu_demo_generate (KartuStore  *store,
                     guint32      seed,
                     GError     **error)
{
  Demo demo = { 0, };
  gboolean ok;

  g_return_val_if_fail (KARTU_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  demo.store = store;

  if (kartu_programme_exists (store, &demo.error))
    {
      g_set_error (error, KARTU_STORE_ERROR, KARTU_STORE_ERROR_EXISTS,
                   _("The demo programme can only be written into a new, empty file."));
      return FALSE;
    }
  if (demo.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&demo.error));
      return FALSE;
    }

  if (!kartu_store_begin (store, error))
    return FALSE;

  demo.rand = g_rand_new_with_seed (seed);
  demo.awarded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  ok = generate (&demo);
  if (!ok)
    {
      kartu_store_rollback (store);
      g_propagate_prefixed_error (error, g_steal_pointer (&demo.error),
                                  _("Could not write the demo programme: "));
    }
  else if (!kartu_store_commit (store, error))
    {
      ok = FALSE;
    }

  demo_clear (&demo);

  return ok;
}
