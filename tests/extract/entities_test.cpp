// Entity recognition on sentences written for these tests: names in no list, typed from context.
#include <gtest/gtest.h>

#include "support.hpp"

using namespace newskg;
using test::entity;
using test::extract;

namespace {
// The entity named `name` exists and has type `t`.
::testing::AssertionResult typed(const Extraction& ex, const char* name, EntityType t) {
  const Entity* e = entity(ex, name);
  if (!e) return ::testing::AssertionFailure() << "no entity " << name;
  if (e->type != t) return ::testing::AssertionFailure() << name << " has another type";
  return ::testing::AssertionSuccess();
}
// Every one of `names` exists with type `t`.
::testing::AssertionResult all_typed(const Extraction& ex, std::initializer_list<const char*> names, EntityType t) {
  for (const char* name : names)
    if (auto r = typed(ex, name, t); !r) return r;
  return ::testing::AssertionSuccess();
}
}  // namespace

TEST(Entities, TitlesAreRolesNotNames) {
  auto ex = extract("Brazilian envoy Tomas Varga met Prime Minister Ilse Marwick in Oslo.");
  const Entity* v = entity(ex, "Tomas Varga");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->type, EntityType::Person);
  EXPECT_EQ(v->role, "envoy");
  ASSERT_GE(v->affiliation, 0);
  EXPECT_EQ(ex.entities[static_cast<std::size_t>(v->affiliation)].name, "Brazil");
  const Entity* m = entity(ex, "Ilse Marwick");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->role, "Prime Minister");
  EXPECT_EQ(entity(ex, "Prime Minister Ilse Marwick"), nullptr);
  ASSERT_NE(entity(ex, "Oslo"), nullptr);
  EXPECT_EQ(entity(ex, "Oslo")->type, EntityType::City);
}

TEST(Entities, OrganisationWordsMakeOrganisations) {
  auto ex = extract(
      "The Karvonen Holdings board met officials of the Institute for Coastal Studies and the "
      "Northern Liberation Front on Friday.");
  for (const char* name : {"Karvonen Holdings", "Institute for Coastal Studies", "Northern Liberation Front"})
    EXPECT_TRUE(typed(ex, name, EntityType::Organization));
  EXPECT_EQ(entity(ex, "Friday"), nullptr);
}

// A company's legal form ends its name ("AG", "SpA", "plc", "& Co") and opens none.
TEST(Entities, LegalFormsMakeCompanies) {
  auto ex = extract(
      "Vanterra AG said its unit would sell a stake to a group led by Brulo SpA. Keswick plc and Ostrava "
      "Holdings BV agreed, as did Merrow Tansley & Co on Friday. Later AG Dorvan said nothing.");
  EXPECT_TRUE(
      all_typed(ex, {"Vanterra AG", "Brulo SpA", "Keswick plc", "Merrow Tansley & Co"}, EntityType::Organization));
  EXPECT_EQ(entity(ex, "AG"), nullptr) << "a legal form alone is no name";
}

TEST(Entities, TownOfXAndUnknownPlacesAfterIn) {
  auto ex = extract("Fighting continued near the town of Zelvenka and in Marovo Heights on Tuesday.");
  ASSERT_NE(entity(ex, "Zelvenka"), nullptr);
  EXPECT_EQ(entity(ex, "Zelvenka")->type, EntityType::City);
  ASSERT_NE(entity(ex, "Marovo Heights"), nullptr);
  EXPECT_EQ(entity(ex, "Marovo Heights")->type, EntityType::Location);
}

TEST(Entities, DatelinesAreCities) {
  auto ex = extract("KARLSTAD - Officials said nothing.");
  const Entity* e = entity(ex, "Karlstad");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::City);
  EXPECT_TRUE(e->aliases.count("KARLSTAD"));
}

// A wire dateline on a line of its own: a place in capitals, perhaps its country, and a date.
TEST(Entities, DatelinesOnTheirOwnLine) {
  auto ex = extract(
      "TALKS END WITHOUT A DEAL .\nKARLSTAD 1996-12-06\nOfficials said nothing.\n\nLAHORE, Pakistan "
      "Dec. 6, 1996 (Reuters)\nA minister spoke.\n\nVELMORA, Norway 6 December\nA ferry sank.");
  EXPECT_TRUE(typed(ex, "Karlstad", EntityType::City));
  EXPECT_TRUE(typed(ex, "Lahore", EntityType::City));
  EXPECT_TRUE(typed(ex, "Pakistan", EntityType::Country));
  EXPECT_TRUE(typed(ex, "Velmora", EntityType::City)) << "a place no list knows, with its country";
  // a headline's topic with a date is no place, and a line with more than a date is no dateline
  auto other = extract("SOCCER 1996-12-06\nResults follow.\n\nHEAVY RAIN 1996-12-06 CLOSED ROADS\nIt rained.");
  EXPECT_EQ(entity(other, "Soccer"), nullptr);
  EXPECT_EQ(entity(other, "Heavy Rain"), nullptr);
}

// "SOCCER - JAPAN GET LUCKY WIN": in a headline all in capitals an unknown word before the dash
// is its topic; a known place there is still a dateline.
TEST(Entities, AHeadlinesTopicIsNoDateline) {
  auto ex =
      extract("SOCCER - JAPAN GET LUCKY WIN .\nMOSCOW - RUSSIA SAYS TALKS WENT WELL .\nKARLSTAD - Officials met.");
  EXPECT_EQ(entity(ex, "Soccer"), nullptr);
  EXPECT_NE(entity(ex, "Moscow"), nullptr);
  EXPECT_NE(entity(ex, "Karlstad"), nullptr);
  // countries are read in such a headline; other capitalised words are not ("WIN", "LUCKY")
  const Entity* japan = entity(ex, "Japan");
  ASSERT_NE(japan, nullptr);
  EXPECT_TRUE(japan->aliases.count("JAPAN"));
  EXPECT_NE(entity(ex, "Russia"), nullptr);
  for (const Entity& e : ex.entities) EXPECT_TRUE(e.name != "Win" && e.name != "Lucky") << e.name;
}

// A line of a name, a score, a name and a score reports a match between teams.
TEST(Entities, TeamsInAMatchResultAreOrganisations) {
  auto ex = extract("German first division results :\nHansa Rostock 2 Solvane Orvik 0\nHans Rostock scored twice.");
  for (const char* team : {"Hansa Rostock", "Solvane Orvik"}) EXPECT_TRUE(typed(ex, team, EntityType::Organization));
  EXPECT_TRUE(typed(ex, "Hans Rostock", EntityType::Person));
}

// A name typed a person only by default is the team a match result line of the document names
// so; "side" and "club" before a name make a team.
TEST(Entities, TeamsOfTheResultsAreTeamsInTheText) {
  auto ex = extract(
      "Vorlan Kessing sacked their coach Henk Vorstman on Friday.\nResults :\nVorlan Kessing 1 Solvane "
      "Orvik 2\nLater Dutch side Harlow Vale and second division club Ostrava Kalve drew.");
  EXPECT_TRUE(
      all_typed(ex, {"Vorlan Kessing", "Solvane Orvik", "Harlow Vale", "Ostrava Kalve"}, EntityType::Organization));
  EXPECT_TRUE(typed(ex, "Henk Vorstman", EntityType::Person));
}

TEST(Entities, DemonymsAndAliasesJoinTheirCountry) {
  auto ex = extract("British officials met Japanese Prime Minister Aiko Sato. Britain and the UK are one country.");
  const Entity* uk = entity(ex, "United Kingdom");
  ASSERT_NE(uk, nullptr);
  EXPECT_EQ(uk->type, EntityType::Country);
  EXPECT_TRUE(uk->aliases.count("British"));
  EXPECT_TRUE(uk->aliases.count("Britain"));
  EXPECT_TRUE(uk->aliases.count("UK"));
  ASSERT_NE(entity(ex, "Japan"), nullptr);
}

TEST(Entities, AcronymInParenthesesIsAnAlias) {
  auto ex = extract("The Council for Maritime Safety (CMS) warned shippers. Later the CMS said more.");
  const Entity* e = entity(ex, "Council for Maritime Safety");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->aliases.count("CMS"));
  EXPECT_EQ(entity(ex, "CMS"), nullptr) << "the acronym must not be a second entity";
}

TEST(Entities, NameParticlesStayInsideNames) {
  auto ex = extract("Minister Faisal bin Rashed and Judge Anna van der Berg arrived.");
  EXPECT_NE(entity(ex, "Faisal bin Rashed"), nullptr);
  EXPECT_NE(entity(ex, "Anna van der Berg"), nullptr);
}

TEST(Entities, SentenceInitialCommonWordsAreNotNames) {
  auto ex = extract("Despite this, Regarding the plan, nothing changed. Shareholders left.");
  EXPECT_TRUE(ex.entities.empty()) << ex.entities.front().name;
}

TEST(Entities, OfficeHolderNamedByTheOffice) {
  auto ex = extract("In Doha the visiting ministers were welcomed by the Emir of Qatar.");
  EXPECT_TRUE(typed(ex, "Emir of Qatar", EntityType::Person));
  EXPECT_NE(entity(ex, "Qatar"), nullptr);
}

TEST(Entities, ADemonymModifyingAThingNamesNoCountry) {
  auto ex = extract("Turnout rose in the Canadian federal election, said Senator Rae Holt of the Liberal Party.");
  EXPECT_EQ(entity(ex, "Canada"), nullptr);
  ASSERT_NE(entity(ex, "Rae Holt"), nullptr);
  auto ex2 = extract("Canadian Prime Minister Joel Marr spoke.");
  ASSERT_NE(entity(ex2, "Canada"), nullptr) << "an affiliation keeps the country";
}

TEST(Entities, UnknownCommonWordsTypedByDefaultAreDropped) {
  auto ex = extract("He campaigned for Development and later joined Orvalis.");
  EXPECT_EQ(entity(ex, "Development"), nullptr);
  EXPECT_NE(entity(ex, "Orvalis"), nullptr);
}

// Found on the BBC corpus: a title followed by a capitalised "Of" at the end of a name crashed.
TEST(Entities, AShadowOrActingTitleKeepsItsQualifier) {
  // "Shadow chancellor": the qualifier is the role's, no person "Shadow"; whatever its case
  auto ex = extract(
      "Conservative Shadow chancellor Tom Brae spoke. Shadow Home Secretary Ana Lucas and acting "
      "president Ivo Tan agreed.");
  EXPECT_EQ(entity(ex, "Shadow"), nullptr);
  ASSERT_NE(entity(ex, "Tom Brae"), nullptr);
  EXPECT_EQ(entity(ex, "Tom Brae")->role, "Shadow chancellor");
  ASSERT_NE(entity(ex, "Ana Lucas"), nullptr);
  EXPECT_EQ(entity(ex, "Ana Lucas")->role, "Shadow Home Secretary");
  ASSERT_NE(entity(ex, "Ivo Tan"), nullptr);
  EXPECT_EQ(entity(ex, "Ivo Tan")->role, "acting president");
}

TEST(Entities, TitleCaseWorkTitlesDoNotCrash) {
  auto ex = extract("In May, The Keeper Of the Gate: The Fall Of the Tower was named best new play.");
  for (const Entity& e : ex.entities) EXPECT_FALSE(e.name.empty());
  auto ex2 = extract("He met the Emir Of");
  SUCCEED();
}

// First-level regions come from regions.tsv (ISO 3166-2): a province is a place, not a person,
// wherever it stands in the sentence.
TEST(Entities, RegionsAreLocations) {
  auto ex = extract("Saskatchewan and Alberta voted on Monday, while Queensland and Hunan waited.");
  for (const char* name : {"Saskatchewan", "Alberta", "Queensland", "Hunan"})
    EXPECT_TRUE(typed(ex, name, EntityType::Location));
}

// Unknown names that cannot be people: what people join or lead, and names with a country in them.
TEST(Entities, PartiesByContextAndByTheirCountryWord) {
  auto ex = extract(
      "Voters backed Brendan Hale, the leader of Fianna Gorm, and Mara Quinn joined Tirgo Nua. "
      "Voters deserted United Future New Zealand.");
  for (const char* org : {"Fianna Gorm", "Tirgo Nua", "United Future New Zealand"})
    EXPECT_TRUE(typed(ex, org, EntityType::Organization));
  ASSERT_NE(entity(ex, "Brendan Hale"), nullptr);
  EXPECT_EQ(entity(ex, "Brendan Hale")->type, EntityType::Person);
  // two common words before ", chief executive of", ", spokesman for": a person, not a firm
  ex = extract(
      "Grant Dean, spokesman for Velmar Focus, said so. Later, Peter Fish, chief executive of Pandrix, agreed.");
  for (const char* p : {"Grant Dean", "Peter Fish"}) EXPECT_TRUE(typed(ex, p, EntityType::Person)) << p;
  // what someone is the chief executive, director or owner of, or whose staff they are
  ex = extract(
      "Jack Tolan, chief executive of Velmar Focus, spoke. The owners of Pandrix and the staff of Quillet "
      "agreed.");
  for (const char* org : {"Velmar Focus", "Pandrix", "Quillet"}) EXPECT_TRUE(typed(ex, org, EntityType::Organization));
}

// "Qatar's Emir" with no name after it is the office holder, named as "the Emir of Qatar" is.
TEST(Entities, PossessiveOfficeHolder) {
  auto ex = extract("Taiwan's Vice Foreign Minister visited Russia, and Qatar's Emir met the Emir of Qatar's guests.");
  EXPECT_TRUE(typed(ex, "Vice Foreign Minister of Taiwan", EntityType::Person));
  EXPECT_NE(entity(ex, "Emir of Qatar"), nullptr);
  EXPECT_NE(entity(ex, "Taiwan"), nullptr);
  EXPECT_TRUE(test::has_relation(ex, "Vice Foreign Minister of Taiwan", "metWith", "Russia"));
  // with a name after the title, the name is the person
  auto named = extract("Russia's Foreign Minister Sergei Lavrov spoke.");
  EXPECT_NE(entity(named, "Sergei Lavrov"), nullptr);
  EXPECT_EQ(entity(named, "Foreign Minister of Russia"), nullptr);
}

// A place's name after "Mr", "Mrs", "Dr" is a person's name ("Mr Mann" is not the Isle of Man);
// "DR Congo" is not a doctor, and the same names elsewhere stay places.
TEST(Entities, HonorificsMakePersonsOfPlaceNames) {
  auto ex = extract("Mrs Jordan met Mr. Chad and Mr Jordan Smith in Paris before Mr Kerr visited Jordan.");
  for (const char* name : {"Chad", "Jordan Smith"}) {
    const Entity* e = entity(ex, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::Person) << name;
    EXPECT_TRUE(e->role.empty()) << name;  // an honorific is no role
  }
  int jordans = 0;  // Mrs Jordan and the country she shares a name with
  for (const Entity& e : ex.entities)
    if (e.name == "Jordan") jordans |= e.type == EntityType::Person ? 1 : e.type == EntityType::Country ? 2 : 4;
  EXPECT_EQ(jordans, 3);
  auto mrs = extract("Mrs Jordan said the talks went well.");
  ASSERT_NE(entity(mrs, "Jordan"), nullptr);
  EXPECT_EQ(entity(mrs, "Jordan")->type, EntityType::Person);
  auto drc = extract("Fighting in DR Congo went on for a week.");
  for (const Entity& e : drc.entities) EXPECT_NE(e.type, EntityType::Person) << e.name;
}

TEST(Entities, AFunctionWordOpeningAKnownNameBelongsToIt) {
  // "DR": an honorific and a function word, but here the start of a country's name
  auto ex = extract("Fighting resumed in DR Congo, and DR Congo accused its neighbour.");
  ASSERT_NE(entity(ex, "DR Congo"), nullptr);
  EXPECT_EQ(entity(ex, "DR Congo")->type, EntityType::Country);
  EXPECT_EQ(entity(ex, "Republic of the Congo"), nullptr);
  ex = extract("Judges in The Hague ruled against Serbia.");
  ASSERT_NE(entity(ex, "The Hague"), nullptr);
  EXPECT_EQ(entity(ex, "The Hague")->type, EntityType::City);
  // at the start of a sentence every word is capitalised: "The" stays out
  ex = extract("The Bronx is quiet. Mr Kellan Oduya met the mayor.");
  EXPECT_EQ(entity(ex, "The Bronx"), nullptr);
  ASSERT_NE(entity(ex, "Kellan Oduya"), nullptr);
  EXPECT_EQ(entity(ex, "Kellan Oduya")->type, EntityType::Person);
}

TEST(Entities, APossessiveNameIsNoListMember) {
  // "Norway's Jarle Vinstra" names a person from a country; the country does not make the names
  // listed with it places
  auto ex =
      extract("The club signed Tomas Ekvall, Norway's Jarle Vinstra and Brazilian midfielder Davi Quenza on Monday.");
  for (const char* name : {"Tomas Ekvall", "Jarle Vinstra", "Davi Quenza"})
    EXPECT_TRUE(typed(ex, name, EntityType::Person));
}

TEST(Entities, NamesOnlySeparatedByCommasMayBeAnApposition) {
  // a comma, no "and": an apposition, and the person keeps the type of a person
  auto ex = extract("A Republican senator from Kansas, Dorran Velk, is set to call for a cap.");
  ASSERT_NE(entity(ex, "Dorran Velk"), nullptr);
  EXPECT_EQ(entity(ex, "Dorran Velk")->type, EntityType::Person);
  // single unknown words beside a place still take its type ("Lingling (present day Yongzhou, Hunan)")
  ex = extract("He taught at Multan, Qorvesh, and later at Varanasi.");
  ASSERT_NE(entity(ex, "Qorvesh"), nullptr);
  EXPECT_TRUE(is_place(entity(ex, "Qorvesh")->type));
  // a list closed by "and" types all its unknown names
  ex = extract("The ferry calls at Cairo, Marsa Qebli, Abu Tarnak and Luxor.");
  for (const char* name : {"Marsa Qebli", "Abu Tarnak"}) {
    ASSERT_NE(entity(ex, name), nullptr) << name;
    EXPECT_TRUE(is_place(entity(ex, name)->type)) << name;
  }
}

TEST(Entities, TheUnknownNameBeforeAnExecutivesTitleIsAnOrganisation) {
  // "boss", "chief executive", "manager": someone who runs something the name before names
  auto ex = extract("Zentrava boss Mila Orlov met Talvik manager Piet Andsen in Oslo.");
  for (const char* org : {"Zentrava", "Talvik"}) EXPECT_TRUE(typed(ex, org, EntityType::Organization));
  const Entity* p = entity(ex, "Mila Orlov");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::Person);
  EXPECT_EQ(p->role, "boss");
  ASSERT_GE(p->affiliation, 0);
  EXPECT_EQ(ex.entities[static_cast<std::size_t>(p->affiliation)].name, "Zentrava");
  // a city's name before such a title is a club's or a firm's; before others it stays the city
  ex = extract("Leeds manager Piet Andsen met Oslo mayor Ragna Vik.");
  EXPECT_TRUE(typed(ex, "Leeds", EntityType::Organization));
  ASSERT_NE(entity(ex, "Ragna Vik"), nullptr);
  const int vik = entity(ex, "Ragna Vik")->affiliation;
  ASSERT_GE(vik, 0);
  EXPECT_NE(ex.entities[static_cast<std::size_t>(vik)].type, EntityType::Organization);
  // other titles say nothing of the kind: an aide may be a person's
  ex = extract("Senator Dorran Velk met Velk aide Lisa Kern.");
  ASSERT_NE(entity(ex, "Dorran Velk"), nullptr);
  EXPECT_EQ(entity(ex, "Dorran Velk")->type, EntityType::Person);
}

TEST(Entities, ASingleUnknownWordSpelledLikeABrandIsAnOrganisation) {
  // company-name endings (name-shapes.tsv) and capitals inside a word; surnames like McFadden,
  // DiCaprio and MacDonald keep the default
  auto ex = extract("Shares in Velocom rose as Kravsoft met ZentraVision. McFadden, DiCaprio and MacDonald watched.");
  for (const char* org : {"Velocom", "Kravsoft", "ZentraVision"}) EXPECT_TRUE(typed(ex, org, EntityType::Organization));
  for (const char* person : {"McFadden", "DiCaprio", "MacDonald"}) EXPECT_TRUE(typed(ex, person, EntityType::Person));
  // a name typed by its spelling alone does not type the names listed after it
  ex = extract("Nominees include ZentraVision, Dorran Velk and Lisa Kern.");
  ASSERT_NE(entity(ex, "Dorran Velk"), nullptr);
  EXPECT_EQ(entity(ex, "Dorran Velk")->type, EntityType::Person);
}

TEST(Entities, AnOccupationBeforeANameMakesAPerson) {
  // "correspondent", "striker": role words (titles.tsv, kind descriptor) before a name of common
  // words that would otherwise be an organisation by default
  auto ex = extract("Reuters correspondent Peter Hunt met striker Frank Stone in Oslo.");
  for (const char* name : {"Peter Hunt", "Frank Stone"}) EXPECT_TRUE(typed(ex, name, EntityType::Person));
  EXPECT_EQ(entity(ex, "Peter Hunt")->role, "correspondent");
}

TEST(Entities, QuestionWordsAndIndefinitePronounsAreNeverNames) {
  auto ex =
      extract("He continued: \"How can there be discipline?\" Anyone could see it. Everyone agreed, said Anna Voss.");
  for (const Entity& e : ex.entities) {
    EXPECT_NE(e.name, "How");
    EXPECT_NE(e.name, "Anyone");
    EXPECT_NE(e.name, "Everyone");
  }
  EXPECT_NE(test::entity(ex, "Anna Voss"), nullptr);
}

TEST(Entities, PronounsWithCliticsAreNeverNames) {
  auto ex = extract("\"I'd rather stay,\" said Anna Voss. I've seen it before. It's late, and We'll see.");
  for (const Entity& e : ex.entities) {
    EXPECT_NE(e.name, "I'd");
    EXPECT_NE(e.name, "I've");
    EXPECT_NE(e.name, "It's");
    EXPECT_NE(e.name, "We'll");
  }
  EXPECT_NE(test::entity(ex, "Anna Voss"), nullptr);
  // an apostrophe inside a name is not a clitic
  auto irish = extract("Sean O'Neill met Massimo D'Alema in Rome.");
  EXPECT_NE(test::entity(irish, "Sean O'Neill"), nullptr);
  EXPECT_NE(test::entity(irish, "Massimo D'Alema"), nullptr);
}

TEST(Entities, APeerIsNamedWithTheStyleAndJoinedByTheSurname) {
  auto ex =
      extract("Lord Ashworth met Baroness Pelling in London. Ashworth said the talks went well. Mr Tarrant agreed.");
  const Entity* lord = test::entity(ex, "Lord Ashworth");
  ASSERT_NE(lord, nullptr);
  EXPECT_EQ(lord->type, EntityType::Person);
  EXPECT_TRUE(lord->role.empty());  // a style, not an office
  EXPECT_TRUE(lord->aliases.count("Ashworth"));
  EXPECT_NE(test::entity(ex, "Baroness Pelling"), nullptr);
  EXPECT_TRUE(test::has_relation(ex, "Lord Ashworth", "metWith", "Baroness Pelling"));
  EXPECT_NE(test::entity(ex, "Tarrant"), nullptr);  // "Mr" is no part of a name
  // with a first name the person is named by the name
  auto full = extract("Lord Peter Ashworth arrived.");
  EXPECT_NE(test::entity(full, "Peter Ashworth"), nullptr);
  // the territorial part of the title is part of the name and names no place; the short form
  // later is the same peer
  auto territorial = extract("Lord Ashworth of Hollinbury agreed. Lord Ashworth said the ruling was wrong.");
  const Entity* peer = test::entity(territorial, "Lord Ashworth of Hollinbury");
  ASSERT_NE(peer, nullptr);
  EXPECT_TRUE(peer->aliases.count("Lord Ashworth"));
  EXPECT_EQ(territorial.entities.size(), 1u);
}

TEST(Entities, JudgesAreNamedWithTheirStyle) {
  // "Mr Justice", "Lord Justice": the style of a judge of England and Wales is how the judge is
  // named (titles.tsv, kind peerage), where a plain "Mr" is no part of a name
  auto ex = extract("The appeal was heard by Lady Justice Orrell and Mr Justice Penhaligon. Mr Dunmore objected.");
  EXPECT_NE(test::entity(ex, "Lady Justice Orrell"), nullptr);
  EXPECT_NE(test::entity(ex, "Mr Justice Penhaligon"), nullptr);
  EXPECT_NE(test::entity(ex, "Dunmore"), nullptr);
  EXPECT_EQ(ex.entities.size(), 3u);
}

TEST(Entities, LettersAfterANameAreNoPartOfIt) {
  auto ex = extract("Tobias Wrenfield QC, for the families, spoke first. Later Delia Farrowby MP said she agreed.");
  EXPECT_NE(test::entity(ex, "Tobias Wrenfield"), nullptr);
  EXPECT_NE(test::entity(ex, "Delia Farrowby"), nullptr);
  EXPECT_EQ(ex.entities.size(), 2u);
  // a rank alone is no entity; after an article, or after words that are common, the words
  // name whose member it is, not a person
  auto alone = extract("Corin Vale, a QC and writer, spoke.");
  EXPECT_NE(test::entity(alone, "Corin Vale"), nullptr);
  EXPECT_EQ(alone.entities.size(), 1u);
  auto party = extract("The Hollin Vale MP was absent. Former Liberal Democrat MP said no.");
  for (const Entity& e : party.entities) EXPECT_NE(e.type, EntityType::Person) << e.name;
}

TEST(Entities, UndersecretariesAreTitlesNotNames) {
  auto ex = extract("Britain met Undersecretary of State Alma Reyes in London on Monday.");
  const Entity* p = test::entity(ex, "Alma Reyes");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, "Undersecretary of State");
  for (const Entity& e : ex.entities) EXPECT_EQ(e.name.find("Undersecretary"), std::string::npos) << e.name;
}

// "Singapore-based", "US-led": the place is named, and the token begins no name of its own
// ("the Paris-based Euronext" is Euronext).
TEST(Entities, APlaceBeforeAParticipleIsNamedAndStartsNoName) {
  auto ex = extract("Victor Shum, a Singapore-based analyst, said the Paris-based Orvanta Group would bid.");
  EXPECT_TRUE(typed(ex, "Singapore", EntityType::Country));
  const Entity* paris = entity(ex, "Paris");
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->type, EntityType::City);  // the city, not France's government
  EXPECT_NE(entity(ex, "Orvanta Group"), nullptr);
  EXPECT_EQ(entity(ex, "Paris-based Orvanta Group"), nullptr);
  // a lower-case word before the participle is no name at all
  EXPECT_EQ(extract("The state-owned Orvanta Group said so.").entities.size(), 1u);
}

// A capital stands for its country's government when it acts ("Moscow accused"), not when the
// text names the city: "London's Evening Standard", "a Moscow hospital".
TEST(Entities, ACapitalNamedAsTheCityIsTheCity) {
  auto ex = extract("London's Evening Standard quoted him. A Moscow hospital said Moscow accused Kyiv.");
  EXPECT_TRUE(typed(ex, "London", EntityType::City));
  EXPECT_EQ(entity(ex, "United Kingdom"), nullptr);
  EXPECT_NE(entity(ex, "Moscow"), nullptr);  // the hospital's city
  EXPECT_NE(entity(ex, "Russia"), nullptr);  // who accused
}

// "the Sunday Times" is a newspaper, "on Sunday Mr Blair" a day and a person; "MPs" and "PCs"
// are kinds of people and things; "Labour MPs" act for an organisation.
TEST(Entities, DaysInNamesPluralAcronymsAndTheBodyBeforeItsMembers) {
  auto ex = extract("Mr Dunn told the Sunday Tribune that Solvane MPs bought PCs. On Sunday Mr Holt agreed.");
  EXPECT_NE(entity(ex, "Sunday Tribune"), nullptr);
  EXPECT_NE(entity(ex, "Holt"), nullptr);
  EXPECT_EQ(entity(ex, "Sunday Mr Holt"), nullptr);
  for (const char* none : {"MPs", "PCs", "Solvane MPs", "Tribune"}) EXPECT_EQ(entity(ex, none), nullptr) << none;
  EXPECT_TRUE(typed(ex, "Solvane", EntityType::Organization));
}

TEST(Entities, NamesOfLawsTreatiesAndEventsAreNoEntities) {
  auto ex = extract(
      "The Fenwick Act and the Tarragona Protocol were debated before the Varna Games, Ministers from "
      "the Solvane Party said.");
  for (const char* thing : {"Fenwick Act", "Tarragona Protocol", "Varna Games"})
    EXPECT_EQ(test::entity(ex, thing), nullptr) << thing;
  EXPECT_NE(test::entity(ex, "Solvane Party"), nullptr);
  // only the last word counts: a person named Bill is no law
  auto bill = extract("The talks went well, Bill Tarrant said.");
  EXPECT_NE(test::entity(bill, "Bill Tarrant"), nullptr);
}

TEST(Entities, ANumberAfterABroadcastersWordIsInItsName) {
  auto ex = extract(
      "Ms Varley told Kestrel Radio 4's morning programme she would stay, as Harbour 9 News reported first. "
      "Kestrel Radio 1 presenter Tom Palin agreed.");
  for (const char* name : {"Kestrel Radio 4", "Harbour 9 News", "Kestrel Radio 1", "Tom Palin"}) {
    const Entity* e = test::entity(ex, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, std::string_view(name) == "Tom Palin" ? EntityType::Person : EntityType::Organization) << name;
  }
  // not in a match result or a count
  auto score = extract("Kestrel Rovers 4 Harbour Town 1. The club sold 9 Kestrel Radio sets.");
  EXPECT_EQ(test::entity(score, "Kestrel Rovers 4"), nullptr);
}

TEST(Entities, ADayBeginsAPapersNameBeforeAnOccupation) {
  auto ex = extract(
      "The story, by Sunday Ledger columnist Mara Quill, ran first. On Tuesday Labour chairman Ian Orford spoke.");
  EXPECT_TRUE(typed(ex, "Sunday Ledger", EntityType::Organization));
  EXPECT_NE(test::entity(ex, "Mara Quill"), nullptr);
  EXPECT_EQ(test::entity(ex, "Ledger"), nullptr);
  // a known name after the day is that name, the day a date
  EXPECT_EQ(test::entity(ex, "Tuesday Labour"), nullptr);
  EXPECT_NE(test::entity(ex, "Ian Orford"), nullptr);
}

TEST(Entities, AnOfficesTitleAfterItsOrganisationIsNoPartOfIt) {
  auto ex = extract("Lord Ashworth met the Harbour Office Minister Lord Pelling in Leeds.");
  EXPECT_TRUE(typed(ex, "Harbour Office", EntityType::Organization));
  EXPECT_EQ(test::entity(ex, "Harbour Office Minister"), nullptr);
  EXPECT_NE(test::entity(ex, "Lord Pelling"), nullptr);
}

TEST(Entities, ACapitalisedPrepositionInsideAnOrganisationsNameKeepsItWhole) {
  auto ex = extract("Nell Brackley, from the Society Against Noisy Harbours, said it worked.");
  EXPECT_TRUE(typed(ex, "Society Against Noisy Harbours", EntityType::Organization));
  EXPECT_EQ(test::entity(ex, "Society"), nullptr);
  EXPECT_EQ(test::entity(ex, "Against Noisy Harbours"), nullptr);
}

TEST(Entities, AFirstNameThatIsAlsoAWordOpensASentencesApposedName) {
  // "Rob", "Bill" are words too; at a sentence's start they need evidence, and a name set off
  // by a comma is that evidence
  auto ex = extract(
      "It rained. Rob Quillan, from the Harbour Trust, said the plan worked. Bill Tarrow QC, for the council, "
      "agreed. Shares Rose, the firm said.");
  EXPECT_NE(test::entity(ex, "Rob Quillan"), nullptr);
  EXPECT_NE(test::entity(ex, "Bill Tarrow"), nullptr);
  EXPECT_EQ(test::entity(ex, "Quillan"), nullptr);
  EXPECT_EQ(test::entity(ex, "Shares Rose"), nullptr);  // a plural opens no name
}

TEST(Entities, AWordBeforeAnOrganisationsWordOpensItsName) {
  // "Harbour" is a word too; at a sentence's start the organisation's word after it is evidence
  auto ex = extract("It rained. Harbour Alliance chairman Tom Palin said no. Falling Alliance numbers worried him.");
  EXPECT_TRUE(typed(ex, "Harbour Alliance", EntityType::Organization));
  EXPECT_EQ(test::entity(ex, "Falling Alliance"), nullptr);  // an -ing word opens no name
}

TEST(Entities, AndInsideAnOrganisationsName) {
  // the field an organisation's "of" or "for" opens, of common words or places
  auto ex = extract("The Velland Party of Eastmark and Wales met the Torrin Institute for Peace and Reconciliation.");
  for (const char* org : {"Velland Party of Eastmark and Wales", "Torrin Institute for Peace and Reconciliation"})
    EXPECT_TRUE(typed(ex, org, EntityType::Organization));
  // modifiers of an organisation word, of common words and demonyms
  ex = extract("The Bill was backed by the Social Justice and Farmers Party and the European Iron and Steel Council.");
  for (const char* org : {"Social Justice and Farmers Party", "European Iron and Steel Council"})
    EXPECT_TRUE(typed(ex, org, EntityType::Organization));
  // an organisation word after "and" opens a name of its own; so does a list's last item, and
  // words the document names alone elsewhere
  ex = extract("Officials of the Ministry of Harbours and Home Office met.");
  EXPECT_NE(entity(ex, "Ministry of Harbours"), nullptr);
  EXPECT_NE(entity(ex, "Home Office"), nullptr);
  ex = extract("Backing came from Paramount, Universal and Warner Brothers.");
  EXPECT_NE(entity(ex, "Warner Brothers"), nullptr);
  EXPECT_EQ(entity(ex, "Universal and Warner Brothers"), nullptr);
  ex = extract("Shares in Orchard Computer rose. Orchard Computer and Kestrel Systems agreed a deal.");
  EXPECT_NE(entity(ex, "Kestrel Systems"), nullptr);
  EXPECT_EQ(entity(ex, "Orchard Computer and Kestrel Systems"), nullptr);
}

TEST(Entities, ListsWithArticlesTypeTheirUnknownNames) {
  // three or more names, some with "the": the organisations type the unknown ones
  auto ex = extract("The deal was backed by Dunmore Gael, the Labour Party, the Farmers Party and Clann na Tuaithe.");
  for (const char* org : {"Dunmore Gael", "Clann na Tuaithe"}) EXPECT_TRUE(typed(ex, org, EntityType::Organization));
  // two names joined by "and the" may be a person and a body
  ex = extract("He once managed Tomas Brae and the Harbour Singers.");
  ASSERT_NE(entity(ex, "Tomas Brae"), nullptr);
  EXPECT_EQ(entity(ex, "Tomas Brae")->type, EntityType::Person);
  // a plural after "the" is a team or a band, not a place, whatever it is listed with
  ex = extract("Fans of Chelsea, the Gullwings and Madrid sang.");
  ASSERT_NE(entity(ex, "Gullwings"), nullptr);
  EXPECT_FALSE(is_place(entity(ex, "Gullwings")->type));
}

TEST(Entities, APartyNamedByItsMembersIsAnOrganisation) {
  auto ex = extract("The Progressive Democrats and the Scottish Greens both backed the plan.");
  for (const char* org : {"Progressive Democrats", "Scottish Greens"})
    EXPECT_TRUE(typed(ex, org, EntityType::Organization));
}

TEST(Entities, ABodyNamedByCommonWordsAndItsPlace) {
  // "United Farmers of Eastland": capitalised common words ending in a plural, "of", a place
  auto ex = extract("The United Growers of Canada backed the plan.");
  EXPECT_TRUE(typed(ex, "United Growers of Canada", EntityType::Organization));
  EXPECT_EQ(entity(ex, "United Growers"), nullptr);
}

TEST(Entities, ACitysNameWithAPluralVerbIsATeam) {
  // British usage: "Sunderland have been fined" is the club; the city otherwise
  auto ex = extract("Sunderland have been fined by the league. Fans travelled to Sunderland by train.");
  bool team = false, city = false;
  for (const auto& e : ex.entities)
    if (e.name == "Sunderland") (e.type == EntityType::Organization ? team : city) |= true;
  EXPECT_TRUE(team);
  EXPECT_TRUE(city);
  // not in a list, nor "are home to"
  ex = extract("Lyon and Marseille are rivals. Leeds are home to many firms.");
  for (const char* c : {"Lyon", "Marseille", "Leeds"}) EXPECT_TRUE(typed(ex, c, EntityType::City)) << c;
}

TEST(Entities, AGroupNamedByItsMembersAndTheirCause) {
  // "Teachers for Fair Schools": a plural of common words or a demonym, "for", the cause
  auto ex = extract("The plan was backed by Nurses for a Greener Harbour and by Canadians for Open Courts.");
  for (const char* org : {"Nurses for a Greener Harbour", "Canadians for Open Courts"})
    EXPECT_TRUE(typed(ex, org, EntityType::Organization));
  EXPECT_EQ(entity(ex, "Greener Harbour"), nullptr);
  // not a sentence's first word, whose capital says nothing; not a singular ("Support for Labour")
  ex = extract("Calls for Reform grew louder. She spoke of Support for Eastland.");
  EXPECT_EQ(entity(ex, "Calls for Reform"), nullptr);
  EXPECT_EQ(entity(ex, "Support for Eastland"), nullptr);
  // the plural names people: not things ("Simple Rules for Dating"); and a title after the words
  // opens a person's name ("a bid from Rangers for Eastland captain Tom Brae")
  ex =
      extract("He starred in Simple Rules for Dating. Hull rejected a bid from Rangers for Eastland captain Tom Brae.");
  EXPECT_EQ(entity(ex, "Simple Rules for Dating"), nullptr);
  EXPECT_EQ(entity(ex, "Rangers for Eastland"), nullptr);
  EXPECT_TRUE(typed(ex, "Tom Brae", EntityType::Person));
}

TEST(Entities, AnAdjectiveOfOriginBeforeAPartyNamesItsBranch) {
  auto ex = extract("Scottish Labour and Welsh Labour backed the plan.");
  for (const char* org : {"Scottish Labour", "Welsh Labour"}) EXPECT_TRUE(typed(ex, org, EntityType::Organization));
  EXPECT_EQ(entity(ex, "Scottish"), nullptr);
  EXPECT_EQ(entity(ex, "Welsh"), nullptr);
}

TEST(Entities, ACountrysNameAsAFirstNameAndACitysConstituency) {
  // a country's name before a word with a surname's shape that is no common word: a person
  auto ex = extract("Yesterday Jordan Hendry and Chad Okoro spoke, and China Telecom and Iceland U21 lost.");
  for (const char* p : {"Jordan Hendry", "Chad Okoro"}) EXPECT_TRUE(typed(ex, p, EntityType::Person)) << p;
  EXPECT_TRUE(typed(ex, "China Telecom", EntityType::Organization));
  ASSERT_NE(entity(ex, "Iceland U21"), nullptr);
  EXPECT_NE(entity(ex, "Iceland U21")->type, EntityType::Person);
  // a city and a point of the compass is a constituency, "Mount" opens a place's name
  ex = extract("She won Leeds Central in 2019 and later climbed Mount Corran.");
  for (const char* place : {"Leeds Central", "Mount Corran"}) EXPECT_TRUE(typed(ex, place, EntityType::Location));
}

TEST(Entities, AnOfficeAndItsPlaceBeforeTheHoldersName) {
  auto ex = extract("Prime Minister of Canada Tomas Brae spoke to reporters.");
  const Entity* p = entity(ex, "Tomas Brae");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::Person);
  EXPECT_EQ(p->role, "Prime Minister of Canada");
  ASSERT_GE(p->affiliation, 0);
  EXPECT_EQ(ex.entities[static_cast<std::size_t>(p->affiliation)].name, "Canada");
  // an organisation's word after the place: the office is the body's, no person is named
  ex = extract("The Chief Executive of Hereford Valley Health Trust resigned.");
  EXPECT_EQ(entity(ex, "Valley Health Trust"), nullptr);
}

TEST(Entities, FacilitiesArePlacesAndForeignPartiesOrganisations) {
  auto ex = extract("Fans left Marlow Stadium for the Kestrel Theatre. The Partido Verde and the Liga Norte met.");
  for (const char* place : {"Marlow Stadium", "Kestrel Theatre"}) EXPECT_TRUE(typed(ex, place, EntityType::Location));
  // a particle after such a word goes on with the name
  ex = extract("The Partido Verde and the Liga Norte met the Movimiento al Progreso and the Accademia di Valtorre.");
  for (const char* org : {"Partido Verde", "Liga Norte", "Movimiento al Progreso", "Accademia di Valtorre"})
    EXPECT_TRUE(typed(ex, org, EntityType::Organization));
}

TEST(Entities, APossessiveOfACommonWordInsideAnOrganisationsName) {
  auto ex = extract("He left the Eastern People's Party. The Dockers' Union of Westmark took him in.");
  for (const char* org : {"Eastern People's Party", "Dockers' Union of Westmark"})
    EXPECT_TRUE(typed(ex, org, EntityType::Organization));
  // a name's possessive stays its own: the person and the party are two
  ex = extract("Tomas Brae's Harbour Party won.");
  EXPECT_NE(entity(ex, "Tomas Brae"), nullptr);
  EXPECT_NE(entity(ex, "Harbour Party"), nullptr);
  // a singular noun for people after another word of the name ("Worker's"), not first ("Guy's":
  // a surname's too) nor a title's ("Lord Chancellor's")
  ex = extract("He joined the Radical Worker's Party of Westmark.");
  EXPECT_TRUE(typed(ex, "Radical Worker's Party of Westmark", EntityType::Organization));
  ex = extract("He thanked the Lord Chancellor's Department.");
  EXPECT_EQ(entity(ex, "Lord Chancellor's Department"), nullptr);
}

TEST(Entities, APlaceInsideAnElectionsNameIsNoEntity) {
  // "the 1979 Eastland general election" names an event; the place named on its own stays one
  auto ex = extract("She stood in the 1979 Canada general election and won.");
  EXPECT_EQ(entity(ex, "Canada"), nullptr);
  ex = extract("She stood in the 1979 Canada general election. She later left Canada.");
  EXPECT_NE(entity(ex, "Canada"), nullptr);
}

TEST(Entities, FollowersOfACreedAreNoEntity) {
  // name-shapes.tsv: "-ists", "-ics" (with "-ians", "-ites") name kinds of people, not one
  auto ex = extract("Eurosceptics, Catholics and Trotskyists marched past Velland House.");
  for (const char* group : {"Eurosceptics", "Catholics", "Trotskyists"}) EXPECT_EQ(entity(ex, group), nullptr) << group;
  // and "-ist" one of them ("an Islamist"), or a creed's adjective
  ex = extract("He held staunch Velandist views. Tomas Brae, a Velandist, agreed.");
  EXPECT_EQ(entity(ex, "Velandist"), nullptr);
}

TEST(Entities, FormerStatesAreCountries) {
  auto ex = extract("Troops of the Soviet Union left Yugoslavia.");
  for (const char* country : {"Soviet Union", "Yugoslavia"}) EXPECT_TRUE(typed(ex, country, EntityType::Country));
}

TEST(Entities, PartiesByTheirNicknamesAreOneOrganisation) {
  // world knowledge from organizations.tsv: "the Tories" is the Conservative Party; a plural
  // party's verb has no -s ("the Tories accuse"), and it is no modifier of it
  auto ex =
      extract("The Tories accuse Labour of raising taxes. The Conservative Party says so. Lib Dem Sara Kell agreed.");
  EXPECT_TRUE(typed(ex, "Conservative Party", EntityType::Organization));
  EXPECT_TRUE(typed(ex, "Labour Party", EntityType::Organization));
  EXPECT_TRUE(typed(ex, "Liberal Democrats", EntityType::Organization));
  EXPECT_TRUE(typed(ex, "Sara Kell", EntityType::Person));
  ASSERT_NE(entity(ex, "Conservative Party"), nullptr);
  EXPECT_TRUE(entity(ex, "Conservative Party")->aliases.count("Tories"));
  EXPECT_TRUE(test::has_relation(ex, "Conservative Party", "accused", "Labour Party"));
  // a city's name after a party's opens a person's ("Lib Dem Norman Baker"); not a country's
  auto city = extract("Lib Dem Lincoln Kell said so.");
  EXPECT_TRUE(typed(city, "Lincoln Kell", EntityType::Person));
  // the singular names a member, who is no party ("said the Republican"); the Liberal Democrats'
  // singular is the party before a name ("Liberal Democrat Sara Kell")
  auto member = extract("\"It is a quagmire,\" said the Republican. Liberal Democrat Sara Kell agreed.");
  EXPECT_EQ(entity(member, "Republican Party"), nullptr);
  EXPECT_TRUE(typed(member, "Sara Kell", EntityType::Person));
  EXPECT_TRUE(typed(member, "Liberal Democrats", EntityType::Organization));
  // a capital's longer name ("Washington DC") is the capital
  EXPECT_NE(entity(extract("She sang in Washington D.C. last year."), "Washington"), nullptr);
}

TEST(Entities, AnOfficesFieldBeforeTheHoldersName) {
  // the field after "of" is common words; the first word that is none begins the holder's name
  auto ex = extract("Present were Secretary of Harbours Tomas Brae and his aides.");
  const Entity* p = entity(ex, "Tomas Brae");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, "Secretary of Harbours");
  // an office in the plural before its holders
  ex = extract("Prime Ministers Ilse Marwick and Tomas Brae met in Oslo.");
  ASSERT_NE(entity(ex, "Ilse Marwick"), nullptr);
  EXPECT_EQ(entity(ex, "Prime Ministers Ilse Marwick"), nullptr);
  // an office of a body without its holder's name: the body is named too, and a name set off
  // after it is no member of a list with it
  ex = extract("He told the Chairman of the Harbour Trust, Tomas Brae, that it was over.");
  ASSERT_NE(entity(ex, "Harbour Trust"), nullptr);
  EXPECT_EQ(entity(ex, "Harbour Trust")->type, EntityType::Organization);
  ASSERT_NE(entity(ex, "Tomas Brae"), nullptr);
  EXPECT_EQ(entity(ex, "Tomas Brae")->type, EntityType::Person);
}

TEST(Entities, GazetteerNamesWithLowerCaseWordsInside) {
  // "and", "upon", "of" inside a name the gazetteer knows keep the name whole
  auto ex = extract("Envoys from Bosnia and Herzegovina and Trinidad and Tobago met in Newcastle upon Tyne.");
  EXPECT_TRUE(all_typed(ex, {"Bosnia and Herzegovina", "Trinidad and Tobago"}, EntityType::Country));
  EXPECT_TRUE(typed(ex, "Newcastle upon Tyne", EntityType::City));
  for (const char* piece : {"Bosnia", "Herzegovina", "Tobago", "Tyne"}) EXPECT_EQ(entity(ex, piece), nullptr) << piece;
  // two names the gazetteer knows apart stay two
  ex = extract("Envoys from Norway and Sweden met.");
  EXPECT_TRUE(all_typed(ex, {"Norway", "Sweden"}, EntityType::Country));
}

TEST(Entities, CommonWordsAreAPersonsNameWhenTheSurnameStandsAlone) {
  // two common words with nothing else to go on name a body ("Harbour Watch")
  auto ex = extract("The report was praised by Harbour Watch.");
  EXPECT_TRUE(typed(ex, "Harbour Watch", EntityType::Organization));
  // "Mr Hedge" or "Hedge said" elsewhere makes "Hedge" a surname and "Mark Hedge" a person
  for (const char* later : {"Mr Hedge was pleased.", "Hedge said it was fair.", "It was fair, Hedge told reporters."}) {
    ex = extract(std::string("The report was praised by Mark Hedge. ") + later);
    EXPECT_TRUE(typed(ex, "Mark Hedge", EntityType::Person)) << later;
  }
  // whatever it is listed with
  ex = extract("The report came from Harbour Watch, Tomas Brae and Vela Group. Mr Brae said so.");
  EXPECT_TRUE(typed(ex, "Tomas Brae", EntityType::Person));
  // not the word after "the" or after another capitalised word ("the Watch said", "City Watch said")
  for (const char* later : {"The Watch said so.", "Its rival, City Watch said so."}) {
    ex = extract(std::string("The report was praised by Harbour Watch. ") + later);
    EXPECT_TRUE(typed(ex, "Harbour Watch", EntityType::Organization)) << later;
  }
}

TEST(Entities, GivenNamesByHowTheCorpusWritesThem) {
  // The recogniser's model carries how a large raw corpus writes each word; a word it writes
  // capitalised nearly always, before one it mostly writes capitalised, is a given name and a
  // surname even when both are common words
  if (test::models().names == std::nullopt) GTEST_SKIP() << "no recogniser model";
  const ner::CorpusCase& corpus = test::models().names->corpus_case();
  ASSERT_EQ(ner::CorpusCase::capitalised(corpus.info_of("Robin")), ner::CorpusCase::kAlways);
  ASSERT_LT(ner::CorpusCase::capitalised(corpus.info_of("video")), ner::CorpusCase::kMostly);
  auto ex = extract("The plan was backed by Robin Bell and Harry Fox.");
  EXPECT_TRUE(all_typed(ex, {"Robin Bell", "Harry Fox"}, EntityType::Person));
  // at the start of a sentence too
  ex = extract("The plan was new. Robin Bell backed it.");
  EXPECT_TRUE(typed(ex, "Robin Bell", EntityType::Person));
  // not before a word the corpus mostly writes in lower case, nor a place's name
  ex = extract("The plan was backed by Google Video.");
  EXPECT_TRUE(typed(ex, "Google Video", EntityType::Organization));
  // listed after an organisation, such names stay people's; an acronym or a plural of a common
  // word listed with them does not become one
  ex = extract("Posts went to the Harbour Trust, Robin Bell and Harry Fox.");
  EXPECT_TRUE(typed(ex, "Harbour Trust", EntityType::Organization));
  EXPECT_TRUE(all_typed(ex, {"Robin Bell", "Harry Fox"}, EntityType::Person));
  ex = extract("Fans cheered Robin Bell, Harry Fox, KVX and Paper Lanterns.");
  EXPECT_FALSE(typed(ex, "KVX", EntityType::Person));
  EXPECT_FALSE(typed(ex, "Paper Lanterns", EntityType::Person));
  // and without the table, two common words are a body's name
  EXPECT_TRUE(typed(test::extract_without_models("The plan was backed by Robin Bell."), "Robin Bell",
                    EntityType::Organization));
}

TEST(Entities, ANameBeforeAKindOfLandOrWaterIsAPlace) {
  // place-heads.tsv's words in lower case: "region", "valley", "river" after a name it does not know
  auto ex = extract("Troops entered the Zelvenka region and crossed the Orlan river into the Marovo valley.");
  EXPECT_TRUE(all_typed(ex, {"Zelvenka", "Orlan", "Marovo"}, EntityType::Location));
  // not a plural's ("the Tarrant Wolves region": a team's)
  ex = extract("He joined the Tarrant Wolves region last year.");
  EXPECT_FALSE(typed(ex, "Tarrant Wolves", EntityType::Location));
}

TEST(Entities, AnExecutiveIsABodyUnlessItEndsATitle) {
  auto ex = extract("But the Westmark Executive has insisted the plan was fair.");
  EXPECT_TRUE(typed(ex, "Westmark Executive", EntityType::Organization));
  // "Chief Executive" is a title: no body of that name
  ex = extract("Chief Executive Tom Brae said sales rose.");
  EXPECT_TRUE(typed(ex, "Tom Brae", EntityType::Person));
  EXPECT_EQ(entity(ex, "Chief Executive"), nullptr);
}

TEST(Entities, APointOfTheCompassBeforeUnknownWordsNamesAPlace) {
  auto ex = extract("Floods hit East Zelvania and the Western Marovo on Monday.");
  EXPECT_TRUE(all_typed(ex, {"East Zelvania", "Western Marovo"}, EntityType::Location));
  // not before an acronym, nor a word of a hyphenated adjective
  ex = extract("The South Zelvania FA and a North Marovo-based firm said so.");
  EXPECT_FALSE(typed(ex, "South Zelvania FA", EntityType::Location));
  EXPECT_FALSE(typed(ex, "North Marovo-based", EntityType::Location));
}

TEST(Entities, NewspapersByTheirHeadWords) {
  auto ex = extract("The Kestrel Echo and the Harbour Chronicle both ran the story, as did the Westmark Mail.");
  EXPECT_TRUE(all_typed(ex, {"Kestrel Echo", "Harbour Chronicle", "Westmark Mail"}, EntityType::Organization));
}

TEST(Entities, ASingleCommonWordAfterTheIsABody) {
  // "the Treasury", "the Commons": a body, never a person (named twice: a common word typed by
  // default and named once is dropped)
  auto ex = extract(
      "Both the Treasury and the Almanac said the plan would work. Later the Treasury and the Almanac "
      "denied it.");
  EXPECT_TRUE(all_typed(ex, {"Treasury", "Almanac"}, EntityType::Organization));
  // such a guess types no name listed after it
  ex = extract("Stars of the Godfather, Robin Bell and Tomas Brae, came back.");
  for (const char* person : {"Robin Bell", "Tomas Brae"})
    EXPECT_FALSE(typed(ex, person, EntityType::Organization)) << person;
}

TEST(Entities, AOneWordTitleEndingANameIsTheSurname) {
  // "King", "Bishop" after a name's word and at the name's end: a surname, not a title
  auto ex = extract("The novelist Odalys King met the banker Tomas Bishop.");
  EXPECT_TRUE(all_typed(ex, {"Odalys King", "Tomas Bishop"}, EntityType::Person));
  // a title before a name stays one; so does one after a demonym
  ex = extract("Then King Tomas spoke. The Norwegian King said so.");
  EXPECT_TRUE(typed(ex, "Tomas", EntityType::Person));
  EXPECT_EQ(entity(ex, "Norwegian King"), nullptr);
}

TEST(Entities, ASpanOfMonthsIsNoName) {
  auto ex = extract("Sales in the October-to-December quarter and in the April-July period rose.");
  for (const char* span : {"October-to-December", "April-July"}) EXPECT_EQ(entity(ex, span), nullptr) << span;
}

TEST(Entities, TheCommonsIsTheHouseOfCommons) {
  // organizations.tsv: world knowledge, like "the Tories"
  auto ex = extract("MPs in the Commons voted against it. Later the House of Lords agreed.");
  ASSERT_NE(entity(ex, "House of Commons"), nullptr);
  EXPECT_EQ(entity(ex, "House of Commons")->type, EntityType::Organization);
  EXPECT_TRUE(entity(ex, "House of Commons")->aliases.count("Commons"));
  EXPECT_TRUE(typed(ex, "House of Lords", EntityType::Organization));
}

TEST(Entities, ANameEndingInPeopleIsABody) {
  // a plural of a noun for people ends no one's name: "Harriers", "Fathers", "Stockbrokers"
  auto ex = extract("Members of the Tarrant Harriers and the Velland Fathers met the Kestrel Stockbrokers.");
  EXPECT_TRUE(all_typed(ex, {"Tarrant Harriers", "Velland Fathers", "Kestrel Stockbrokers"}, EntityType::Organization));
}

TEST(Entities, CapitalsThenSmallLettersAreABrandsShape) {
  auto ex = extract("Shares in KVXnet rose, and PDeVA gained seats. MPs and CDs are no names.");
  EXPECT_TRUE(all_typed(ex, {"KVXnet", "PDeVA"}, EntityType::Organization));
  for (const char* plural : {"MPs", "CDs"}) EXPECT_EQ(entity(ex, plural), nullptr) << plural;
}

TEST(Entities, APlaceNamedByWhatItIsToday) {
  auto ex = extract("The old town lay in present-day Zelvania, near modern-day Kelvar and today's Marovo.");
  EXPECT_TRUE(all_typed(ex, {"Zelvania", "Kelvar", "Marovo"}, EntityType::Location));
}

TEST(Entities, AppositionInBracketsOrAfterAnAdverbTypesTheName) {
  // the apposition's head is found before an adverb, a participle or a function word, and a
  // bracket opens an apposition as a comma does
  auto ex = extract(
      "Envoys travelled to Kelvara (a region largely covered by forest) to meet leaders of "
      "Torvanen, the party founded by miners.");
  EXPECT_TRUE(typed(ex, "Kelvara", EntityType::Location));
  EXPECT_TRUE(typed(ex, "Torvanen", EntityType::Organization));
}

TEST(Entities, TheBodyAfterAnOfficeIsNamedWhereverItsHeadStands) {
  // "Chairman of the X": X is a body when an organisation's head ends it or comes before a
  // function word inside it
  auto ex =
      extract("Ilse Marwick became President of the Council on Coastal Affairs and Chairman of the Fund for Peace.");
  EXPECT_TRUE(all_typed(ex, {"Council on Coastal Affairs", "Fund for Peace"}, EntityType::Organization));
}

TEST(Entities, ANameBeforePartyInLowerCaseIsTheParty) {
  // "party" is a descriptor before a name and forms one after a name
  auto ex = extract("He co-founded the Vortan party in 2003. The party Kelmar joined him.");
  EXPECT_TRUE(typed(ex, "Vortan party", EntityType::Organization));
  EXPECT_FALSE(typed(ex, "Vortan", EntityType::Person));
  EXPECT_TRUE(typed(ex, "Kelmar", EntityType::Organization));
  // a body the gazetteer knows with its head capitalised is that body; a body it knows by the
  // name alone stays that body
  ex = extract("He said the Conservative party and the Labour party were split.");
  EXPECT_TRUE(all_typed(ex, {"Conservative Party", "Labour Party"}, EntityType::Organization));
  EXPECT_EQ(entity(ex, "Conservative party"), nullptr);
  EXPECT_EQ(entity(ex, "Labour party"), nullptr);
  // two words joined after "the" name one body
  ex = extract("Officials of the Freedom and Harvest movement met.");
  EXPECT_TRUE(typed(ex, "Freedom and Harvest movement", EntityType::Organization));
  EXPECT_EQ(entity(ex, "Freedom"), nullptr);
}

TEST(Entities, ACommonWordBeforeAPlaceNamesAPartOfItOrABody) {
  // a point of the compass, or a word that begins other places' names, makes a part of the place;
  // another common word a body named for it; an initial or a given name a person's name
  auto ex = extract("Seats went to Brighter Norway, which campaigns in East Norway and in New Norway.");
  EXPECT_TRUE(typed(ex, "Brighter Norway", EntityType::Organization));
  EXPECT_TRUE(all_typed(ex, {"East Norway", "New Norway"}, EntityType::Location));
  ex = extract("The tries were scored by B Oslo and Tomas Brae.");
  EXPECT_TRUE(typed(ex, "B Oslo", EntityType::Person));
  // a point of the compass before a demonym is an adjective of origin, no entity
  ex = extract("Western Norwegian voters and the South Norwegian government agreed.");
  EXPECT_EQ(entity(ex, "Western Norwegian"), nullptr);
  EXPECT_EQ(entity(ex, "South Norwegian"), nullptr);
}

TEST(Entities, AShortNameInBracketsAfterABodyIsItsAlias) {
  // as an acronym is ("(ISW)"), a capitalised word the gazetteer does not know
  auto ex = extract("The Party of Free Farmers (Agrava) won. Agrava later split.");
  const Entity* party = entity(ex, "Party of Free Farmers");
  ASSERT_NE(party, nullptr);
  EXPECT_EQ(party->type, EntityType::Organization);
  EXPECT_TRUE(party->aliases.count("Agrava"));
  EXPECT_EQ(entity(ex, "Agrava"), nullptr);
  // not a place named after it
  ex = extract("The Harbour Trust (Norway) won.");
  EXPECT_TRUE(typed(ex, "Norway", EntityType::Country));
}

TEST(Entities, APluralNameAfterTheIsABodyOfPeople) {
  // an order, a band or a team ("the Velandines"), not one person; not a word in -us or -is
  auto ex = extract("Fans of the Velandines cheered. Then the Velandines played on.");
  EXPECT_TRUE(typed(ex, "Velandines", EntityType::Organization));
  ex = extract("Tomas Brae drove the Kelvarus home. Then the Kelvarus broke down.");
  EXPECT_FALSE(typed(ex, "Kelvarus", EntityType::Organization));
}

TEST(Entities, ABracketsGlossWithTodaysPlaceMakesAPlace) {
  // "X (now Y)", "X (present day Y)", "X (today's Y)": X is the place's older name, and so is a
  // name glossed after a place ("Y (formerly X)")
  auto ex = extract("He governed Kelvar (present day Oslo) and Vellmark (now Norway) for years.");
  EXPECT_TRUE(all_typed(ex, {"Kelvar", "Vellmark"}, EntityType::Location));
  ex = extract("The court moved to Oslo (formerly Torvanen) in 1868.");
  EXPECT_TRUE(typed(ex, "Torvanen", EntityType::Location));
  // no gloss of a place: a person stays one
  ex = extract("He met Kelvar (now retired) in 1868.");
  EXPECT_FALSE(typed(ex, "Kelvar", EntityType::Location));
}

TEST(Entities, TwoWordsJoinedByASecondAndAfterAListAreOneName) {
  // a list's "and" comes before its last member: "... and Brown and Farrow" is one firm's name
  auto ex = extract("Bidders were Kelvar Holdings, Ostmark Energy and Brown and Farrow.");
  EXPECT_TRUE(typed(ex, "Brown and Farrow", EntityType::Organization));
  EXPECT_EQ(entity(ex, "Farrow"), nullptr);
  // with no list before, two names joined by "and" stay two
  ex = extract("Tomas Brae met Ivo Kessel and Brown and Farrow agreed.");
  EXPECT_EQ(entity(ex, "Brown and Farrow"), nullptr);
}

TEST(Entities, AnElidedParticleJoinsTheNameItFollows) {
  // "d'" before a capital after a name's word is part of the name; on its own it opens none
  auto ex = extract("He met Valmont Giscard d'Orvelle in Paris.");
  EXPECT_TRUE(typed(ex, "Valmont Giscard d'Orvelle", EntityType::Person));
  ex = extract("The prize was given by l'Orvelle in Paris.");
  EXPECT_EQ(entity(ex, "l'Orvelle"), nullptr);
}

TEST(Entities, APeoplesPluralIsNoEntity) {
  // "Kurds", "Sikhs": a group of people, neither a person nor a body
  auto ex = extract("The plan angered Kurds and Sikhs in Kelvar. Tomas Brae said Kurds would protest.");
  EXPECT_EQ(entity(ex, "Kurds"), nullptr);
  EXPECT_EQ(entity(ex, "Sikhs"), nullptr);
  EXPECT_TRUE(typed(ex, "Tomas Brae", EntityType::Person));
}

// One of a people before a person's name describes them: "Frenchman X Y", "Scot X Y"; not a
// body's name ("American Express").
TEST(Entities, APeoplesWordBeforeAPersonsNameIsNoPartOfIt) {
  auto ex = extract("Frenchman Lucien Varda beat Scot Michael Holm in the final.");
  EXPECT_TRUE(typed(ex, "Lucien Varda", EntityType::Person));
  EXPECT_TRUE(typed(ex, "Michael Holm", EntityType::Person));
  EXPECT_EQ(entity(ex, "Frenchman Lucien Varda"), nullptr);
  EXPECT_EQ(entity(ex, "Scot Michael Holm"), nullptr);
}

// "the Democrats of Marek Vandoren": a body named by its members in the plural does not take in
// a person's name after "of"; a place's name it does ("United Democrats of Hong Kong").
TEST(Entities, APartysMembersOfAPersonAreNoOneName) {
  auto ex = extract("The divide between the Republicans of Tamsin Orlov and the Democrats of Marek Vandoren grew.");
  EXPECT_TRUE(typed(ex, "Marek Vandoren", EntityType::Person));
  EXPECT_TRUE(typed(ex, "Tamsin Orlov", EntityType::Person));
  for (const Entity& e : ex.entities) EXPECT_EQ(e.name.find(" of "), std::string::npos) << e.name;
  auto kept = extract("The United Democrats of Hong Kong met on Friday.");
  EXPECT_TRUE(typed(kept, "United Democrats of Hong Kong", EntityType::Organization));
}

// An office after a copula or "as" says what someone is or was: no holder of its own.
TEST(Entities, AnOfficeSaidOfSomeoneIsNoOtherPerson) {
  auto ex = extract(
      "Tarik Osmani was chosen as First Vice President of Norway in 2014. When he was Leader of the Opposition, "
      "he met the Emir of Westmark.");
  EXPECT_EQ(entity(ex, "Vice President of Norway"), nullptr);
  EXPECT_EQ(entity(ex, "Leader of the Opposition"), nullptr);
  EXPECT_TRUE(typed(ex, "Norway", EntityType::Country)) << "the office's country is still named";
  EXPECT_TRUE(typed(ex, "Emir of Westmark", EntityType::Person)) << "an office holder named by the office";
}

// A name whose shares or stock are traded is a company's: "Vantor Hydro shares rose", "shares
// in Kestrel Vantor"; not a place's market ("the Oslo stock exchange"), not the verb ("shares his").
TEST(Entities, TradedNamesAreCompanies) {
  auto ex = extract(
      "Brokers said Vantor Hydro shares rose 2 percent on the Oslo stock exchange. Investors bought shares in Kestrel "
      "Marvane. Harlow Dunmore's stock fell. Tomas Varga shares his view.");
  EXPECT_TRUE(all_typed(ex, {"Vantor Hydro", "Kestrel Marvane", "Harlow Dunmore"}, EntityType::Organization));
  EXPECT_TRUE(typed(ex, "Oslo", EntityType::City));
  EXPECT_TRUE(typed(ex, "Tomas Varga", EntityType::Person));
}

// A sentence's first word that is also a common word opens a name when an acronym of the words
// from it follows in brackets, or when an earlier sentence named the same two words.
TEST(Entities, ACommonWordOpeningASentenceAndAName) {
  auto ex = extract(
      "Kestrel Vantor Holdings Plc (KVH) said its profit rose. Kestrel Vantor chairman Tomas Varga expected growth.");
  const Entity* e = entity(ex, "Kestrel Vantor Holdings Plc");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::Organization);
  EXPECT_TRUE(e->aliases.count("KVH"));
  EXPECT_TRUE(e->aliases.count("Kestrel Vantor"));
  EXPECT_EQ(entity(ex, "Vantor Holdings Plc"), nullptr);
}

// After a party's name, a person's name of common words is still a person's ("Tory Rob Marsh");
// a party's one-word name opening a longer name of common words is another body's ("Labour
// Left of Eastmark"), not before a noun it modifies ("Tory Parliamentary hopefuls").
TEST(Entities, APartysNameBeforeAPersonsAndInsideAnothers) {
  auto ex =
      extract("The vote went to Tory Rob Marsh. Labour Left of Eastmark won seats. Tory Parliamentary hopefuls met.");
  EXPECT_TRUE(typed(ex, "Rob Marsh", EntityType::Person));
  EXPECT_TRUE(all_typed(ex, {"Conservative Party", "Labour Left"}, EntityType::Organization));
  EXPECT_EQ(entity(ex, "Tory Parliamentary"), nullptr);
}
