// name: collaborator_suggestions
// description: Co-authors of co-authors who are not co-authors yet, ranked by how many co-authors link them (top 25).
// param name: Author - author name
// empty: every co-author of {name}'s co-authors has worked with {name} already (or {name} has no co-author)
MATCH (a:Author {name: $name})-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(c:Author)
WHERE c <> a
WITH a, collect(DISTINCT c) AS known
UNWIND known AS c
MATCH (c)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(s:Author)
WHERE s <> a AND NOT s IN known
RETURN s.name AS suggestion, count(DISTINCT c) AS via
ORDER BY via DESC, suggestion
LIMIT 25
