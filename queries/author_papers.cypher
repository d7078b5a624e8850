// name: author_papers
// description: Papers of an author, newest first, with the author's position in the author list.
// param name: Author - author name
MATCH (a:Author {name: $name})-[w:AUTHORED]->(p:Paper)
RETURN p.id AS paper, p.title AS title, p.year AS year, w.position AS position
ORDER BY coalesce(p.year, 0) DESC, paper
