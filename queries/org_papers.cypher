// name: org_papers
// description: Papers tagged with an organization (name matched case-insensitively), oldest first.
// param name: Org - organization name, e.g. deepmind
// empty: no paper lists {name} as its organization
MATCH (p:Paper)-[:AFFILIATED_WITH]->(o:Org)
WHERE toLower(o.name) = toLower($name)
RETURN p.id AS paper, p.title AS title, p.year AS year
ORDER BY coalesce(p.year, 0), paper
