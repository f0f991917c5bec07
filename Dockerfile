# syntax=docker/dockerfile:1
# newsgraph: a static binary on a minimal, non-root image with the store on a volume.
#   docker build -t newsgraph .
#   docker run -p 8080:8080 -v newsgraph-data:/data newsgraph
#   docker run -i -v newsgraph-data:/data newsgraph load - < articles.jsonl

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/newsgraph ./cmd/newsgraph \
 && mkdir -p /out/data /out/examples && cp -r examples/articles /out/examples/

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/newsgraph /usr/local/bin/newsgraph
COPY --from=build /out/examples /examples
COPY --from=build --chown=nonroot:nonroot /out/data /data
USER nonroot:nonroot
ENV NEWSGRAPH_DB=/data/newsgraph.db NEWSGRAPH_BACKEND=bolt
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK NONE
ENTRYPOINT ["/usr/local/bin/newsgraph"]
CMD ["serve", "--addr", "0.0.0.0:8080"]
