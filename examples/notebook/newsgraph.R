# newsgraph from R: Rwanda's partners as a data frame, its neighbourhood as an igraph graph.
# Needs jsonlite and igraph (install.packages(c("jsonlite", "igraph"))) and a running server:
#   newsgraph serve --load examples/articles
library(jsonlite)
library(igraph)

base <- Sys.getenv("NEWSGRAPH_URL", "http://127.0.0.1:8080")

# GraphQL over GET (queries only); errors come back as {"errors": [{"message", "extensions": {"code"}}]}.
graphql <- function(query) {
  res <- fromJSON(paste0(base, "/graphql?query=", URLencode(query, reserved = TRUE)), simplifyVector = FALSE)
  if (!is.null(res$errors)) stop(res$errors[[1]]$message)
  res$data
}

partners <- graphql('{ partners(of: "Rwanda") {
  entity { name code } relations { type date evidence { sentence } } } }')$partners
rows <- do.call(rbind, lapply(partners, function(p) do.call(rbind, lapply(p$relations, function(r)
  data.frame(partner = p$entity$name, type = r$type, date = if (is.null(r$date)) NA else r$date,
             sentence = r$evidence[[1]]$sentence)))))
print(table(rows$partner, rows$type))

# The neighbourhood within two events, as GraphML, into igraph.
file <- tempfile(fileext = ".graphml")
download.file(paste0(base, "/export?format=graphml&entity=Rwanda&depth=2"), file, quiet = TRUE)
g <- read_graph(file, format = "graphml")
cat(vcount(g), "entities,", ecount(g), "events\n")
print(sort(degree(g), decreasing = TRUE)[1:5])
plot(g, vertex.label = V(g)$label, edge.color = ifelse(grepl("conflict", E(g)$class), "firebrick", "seagreen"),
     edge.arrow.size = 0.3, vertex.color = "#f3f6fb")

# The CSV exports read straight into data frames.
edges <- read.csv(paste0(base, "/export?format=csv-edges&since=2022"))
print(aggregate(id ~ class, data = edges, FUN = length))
