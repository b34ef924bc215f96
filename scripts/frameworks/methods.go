package frameworks

import (
	"github.com/gin-gonic/gin"
	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

// The methods of each framework's table in
// statuslint/internal/response/frameworks.go; a test there checks that
// the lists agree.

var ginMethods = map[string]any{
	"JSON": (*gin.Context).JSON, "IndentedJSON": (*gin.Context).IndentedJSON, "SecureJSON": (*gin.Context).SecureJSON,
	"AsciiJSON": (*gin.Context).AsciiJSON, "PureJSON": (*gin.Context).PureJSON, "XML": (*gin.Context).XML,
	"YAML": (*gin.Context).YAML, "TOML": (*gin.Context).TOML, "ProtoBuf": (*gin.Context).ProtoBuf,
	"JSONP": (*gin.Context).JSONP, "String": (*gin.Context).String, "HTML": (*gin.Context).HTML,
	"Data": (*gin.Context).Data, "DataFromReader": (*gin.Context).DataFromReader, "Render": (*gin.Context).Render,
	"Negotiate": (*gin.Context).Negotiate, "AbortWithStatusJSON": (*gin.Context).AbortWithStatusJSON,
	"AbortWithStatusPureJSON": (*gin.Context).AbortWithStatusPureJSON, "AbortWithStatus": (*gin.Context).AbortWithStatus,
	"AbortWithError": (*gin.Context).AbortWithError, "Redirect": (*gin.Context).Redirect, "Status": (*gin.Context).Status,
	"File": (*gin.Context).File, "FileFromFS": (*gin.Context).FileFromFS, "FileAttachment": (*gin.Context).FileAttachment,
	"Stream": (*gin.Context).Stream, "SSEvent": (*gin.Context).SSEvent, "Bind": (*gin.Context).Bind,
	"BindJSON": (*gin.Context).BindJSON, "BindXML": (*gin.Context).BindXML, "BindQuery": (*gin.Context).BindQuery,
	"BindYAML": (*gin.Context).BindYAML, "BindTOML": (*gin.Context).BindTOML, "BindPlain": (*gin.Context).BindPlain,
	"BindHeader": (*gin.Context).BindHeader, "BindUri": (*gin.Context).BindUri, "MustBindWith": (*gin.Context).MustBindWith,
	"Header": (*gin.Context).Header, "SetCookie": (*gin.Context).SetCookie, "SetCookieData": (*gin.Context).SetCookieData,
}

var echo4Methods = map[string]any{
	"JSON": echo4.Context.JSON, "JSONPretty": echo4.Context.JSONPretty, "JSONP": echo4.Context.JSONP,
	"JSONBlob": echo4.Context.JSONBlob, "JSONPBlob": echo4.Context.JSONPBlob, "XML": echo4.Context.XML,
	"XMLPretty": echo4.Context.XMLPretty, "XMLBlob": echo4.Context.XMLBlob, "HTML": echo4.Context.HTML,
	"HTMLBlob": echo4.Context.HTMLBlob, "String": echo4.Context.String, "Blob": echo4.Context.Blob,
	"Render": echo4.Context.Render, "Stream": echo4.Context.Stream, "NoContent": echo4.Context.NoContent,
	"Redirect": echo4.Context.Redirect, "File": echo4.Context.File,
	"Attachment": echo4.Context.Attachment, "Inline": echo4.Context.Inline,
}

var echo5Methods = map[string]any{
	"JSON": (*echo5.Context).JSON, "JSONPretty": (*echo5.Context).JSONPretty, "JSONP": (*echo5.Context).JSONP,
	"JSONBlob": (*echo5.Context).JSONBlob, "JSONPBlob": (*echo5.Context).JSONPBlob, "XML": (*echo5.Context).XML,
	"XMLPretty": (*echo5.Context).XMLPretty, "XMLBlob": (*echo5.Context).XMLBlob, "HTML": (*echo5.Context).HTML,
	"HTMLBlob": (*echo5.Context).HTMLBlob, "String": (*echo5.Context).String, "Blob": (*echo5.Context).Blob,
	"Render": (*echo5.Context).Render, "Stream": (*echo5.Context).Stream, "NoContent": (*echo5.Context).NoContent,
	"Redirect": (*echo5.Context).Redirect, "File": (*echo5.Context).File, "FileFS": (*echo5.Context).FileFS,
	"Attachment": (*echo5.Context).Attachment, "Inline": (*echo5.Context).Inline,
}

// Tables is every table, by framework, for the build to check.
var Tables = []map[string]any{ginMethods, echo4Methods, echo5Methods}
