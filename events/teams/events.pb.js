/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["teams"] || ($protobuf.roots["teams"] = {});

export const meshwork = $root.meshwork = (() => {

    /**
     * Namespace meshwork.
     * @exports meshwork
     * @namespace
     */
    const meshwork = {};

    meshwork.events = (function() {

        /**
         * Namespace events.
         * @memberof meshwork
         * @namespace
         */
        const events = {};

        events.teams = (function() {

            /**
             * Namespace teams.
             * @memberof meshwork.events
             * @namespace
             */
            const teams = {};

            /**
             * EventType enum.
             * @name meshwork.events.teams.EventType
             * @enum {number}
             * @property {number} EVENT_TYPE_UNKNOWN=0 EVENT_TYPE_UNKNOWN value
             * @property {number} TeamCreated=1 TeamCreated value
             * @property {number} TeamUpdated=2 TeamUpdated value
             * @property {number} TeamDeleted=3 TeamDeleted value
             * @property {number} MembershipCreated=4 MembershipCreated value
             * @property {number} MembershipUpdated=5 MembershipUpdated value
             * @property {number} MembershipDeleted=6 MembershipDeleted value
             * @property {number} InviteCreated=7 InviteCreated value
             * @property {number} InviteAccepted=8 InviteAccepted value
             * @property {number} InviteDeclined=9 InviteDeclined value
             */
            teams.EventType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EVENT_TYPE_UNKNOWN"] = 0;
                values[valuesById[1] = "TeamCreated"] = 1;
                values[valuesById[2] = "TeamUpdated"] = 2;
                values[valuesById[3] = "TeamDeleted"] = 3;
                values[valuesById[4] = "MembershipCreated"] = 4;
                values[valuesById[5] = "MembershipUpdated"] = 5;
                values[valuesById[6] = "MembershipDeleted"] = 6;
                values[valuesById[7] = "InviteCreated"] = 7;
                values[valuesById[8] = "InviteAccepted"] = 8;
                values[valuesById[9] = "InviteDeclined"] = 9;
                return values;
            })();

            teams.Team = (function() {

                /**
                 * Properties of a Team.
                 * @typedef {Object} meshwork.events.teams.Team.$Properties
                 * @property {string|null} [id] Team id
                 * @property {string|null} [name] Team name
                 * @property {string|null} [createdBy] Team createdBy
                 * @property {number|Long|null} [createdAt] Team createdAt
                 * @property {number|Long|null} [updatedAt] Team updatedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Team.
                 * @memberof meshwork.events.teams
                 * @interface ITeam
                 * @augments meshwork.events.teams.Team.$Properties
                 * @deprecated Use meshwork.events.teams.Team.$Properties instead.
                 */

                /**
                 * Shape of a Team.
                 * @typedef {meshwork.events.teams.Team.$Properties} meshwork.events.teams.Team.$Shape
                 */

                /**
                 * Constructs a new Team.
                 * @memberof meshwork.events.teams
                 * @classdesc Represents a Team.
                 * @constructor
                 * @param {meshwork.events.teams.Team.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Team = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Team id.
                 * @member {string} id
                 * @memberof meshwork.events.teams.Team
                 * @instance
                 */
                Team.prototype.id = "";

                /**
                 * Team name.
                 * @member {string} name
                 * @memberof meshwork.events.teams.Team
                 * @instance
                 */
                Team.prototype.name = "";

                /**
                 * Team createdBy.
                 * @member {string} createdBy
                 * @memberof meshwork.events.teams.Team
                 * @instance
                 */
                Team.prototype.createdBy = "";

                /**
                 * Team createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.teams.Team
                 * @instance
                 */
                Team.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Team updatedAt.
                 * @member {number|Long} updatedAt
                 * @memberof meshwork.events.teams.Team
                 * @instance
                 */
                Team.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Team instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.teams.Team
                 * @static
                 * @param {meshwork.events.teams.Team.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.teams.Team} Team instance
                 * @type {{
                 *   (properties: meshwork.events.teams.Team.$Shape): meshwork.events.teams.Team & meshwork.events.teams.Team.$Shape;
                 *   (properties?: meshwork.events.teams.Team.$Properties): meshwork.events.teams.Team;
                 * }}
                 */
                Team.create = function(properties) {
                    return new Team(properties);
                };

                /**
                 * Encodes the specified Team message. Does not implicitly {@link meshwork.events.teams.Team.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.teams.Team
                 * @static
                 * @param {meshwork.events.teams.Team.$Properties} message Team message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Team.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy") && message.createdBy !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.createdBy);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.createdAt);
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.updatedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Team message, length delimited. Does not implicitly {@link meshwork.events.teams.Team.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.teams.Team
                 * @static
                 * @param {meshwork.events.teams.Team.$Properties} message Team message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Team.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Team message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.teams.Team
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.teams.Team & meshwork.events.teams.Team.$Shape} Team
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Team.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.teams.Team();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.createdBy = value;
                                else
                                    delete message.createdBy;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.updatedAt = value;
                                else
                                    delete message.updatedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Team message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.teams.Team
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.teams.Team & meshwork.events.teams.Team.$Shape} Team
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Team.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Team message.
                 * @function verify
                 * @memberof meshwork.events.teams.Team
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Team.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy"))
                        if (!$util.isString(message.createdBy))
                            return "createdBy: string expected";
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (!$util.isInteger(message.updatedAt) && !(message.updatedAt && $util.isInteger(message.updatedAt.low) && $util.isInteger(message.updatedAt.high)))
                            return "updatedAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Team message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.teams.Team
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.teams.Team} Team
                 */
                Team.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.teams.Team)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.teams.Team: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.teams.Team();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.createdBy != null)
                        if (typeof object.createdBy !== "string" || object.createdBy.length)
                            message.createdBy = $String(object.createdBy);
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    if (object.updatedAt != null)
                        if (typeof object.updatedAt === "object" ? object.updatedAt.low || object.updatedAt.high : $Number(object.updatedAt) !== 0)
                            if ($util.Long)
                                message.updatedAt = $util.Long.fromValue(object.updatedAt, false);
                            else if (typeof object.updatedAt === "string")
                                message.updatedAt = $parseInt(object.updatedAt, 10);
                            else if (typeof object.updatedAt === "number")
                                message.updatedAt = object.updatedAt;
                            else if (typeof object.updatedAt === "object")
                                message.updatedAt = new $util.LongBits(object.updatedAt.low >>> 0, object.updatedAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a Team message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.teams.Team
                 * @static
                 * @param {meshwork.events.teams.Team} message Team
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Team.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.name = "";
                        object.createdBy = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.updatedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.updatedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.createdBy != null && $Object.hasOwnProperty.call(message, "createdBy"))
                        object.createdBy = message.createdBy;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.updatedAt = typeof message.updatedAt === "number" ? $BigInt(message.updatedAt) : $util.Long.fromBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.updatedAt === "number")
                            object.updatedAt = options.longs === $String ? $String(message.updatedAt) : message.updatedAt;
                        else
                            object.updatedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAt) : options.longs === $Number ? new $util.LongBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0).toNumber() : message.updatedAt;
                    return object;
                };

                /**
                 * Converts this Team to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.teams.Team
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Team.prototype.toJSON = function() {
                    return Team.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Team
                 * @function getTypeUrl
                 * @memberof meshwork.events.teams.Team
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Team.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.teams.Team";
                };

                return Team;
            })();

            teams.Membership = (function() {

                /**
                 * Properties of a Membership.
                 * @typedef {Object} meshwork.events.teams.Membership.$Properties
                 * @property {string|null} [id] Membership id
                 * @property {string|null} [teamId] Membership teamId
                 * @property {string|null} [userId] Membership userId
                 * @property {string|null} [role] Membership role
                 * @property {number|Long|null} [createdAt] Membership createdAt
                 * @property {number|Long|null} [updatedAt] Membership updatedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Membership.
                 * @memberof meshwork.events.teams
                 * @interface IMembership
                 * @augments meshwork.events.teams.Membership.$Properties
                 * @deprecated Use meshwork.events.teams.Membership.$Properties instead.
                 */

                /**
                 * Shape of a Membership.
                 * @typedef {meshwork.events.teams.Membership.$Properties} meshwork.events.teams.Membership.$Shape
                 */

                /**
                 * Constructs a new Membership.
                 * @memberof meshwork.events.teams
                 * @classdesc Represents a Membership.
                 * @constructor
                 * @param {meshwork.events.teams.Membership.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Membership = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Membership id.
                 * @member {string} id
                 * @memberof meshwork.events.teams.Membership
                 * @instance
                 */
                Membership.prototype.id = "";

                /**
                 * Membership teamId.
                 * @member {string} teamId
                 * @memberof meshwork.events.teams.Membership
                 * @instance
                 */
                Membership.prototype.teamId = "";

                /**
                 * Membership userId.
                 * @member {string} userId
                 * @memberof meshwork.events.teams.Membership
                 * @instance
                 */
                Membership.prototype.userId = "";

                /**
                 * Membership role.
                 * @member {string} role
                 * @memberof meshwork.events.teams.Membership
                 * @instance
                 */
                Membership.prototype.role = "";

                /**
                 * Membership createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.teams.Membership
                 * @instance
                 */
                Membership.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Membership updatedAt.
                 * @member {number|Long} updatedAt
                 * @memberof meshwork.events.teams.Membership
                 * @instance
                 */
                Membership.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Membership instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.teams.Membership
                 * @static
                 * @param {meshwork.events.teams.Membership.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.teams.Membership} Membership instance
                 * @type {{
                 *   (properties: meshwork.events.teams.Membership.$Shape): meshwork.events.teams.Membership & meshwork.events.teams.Membership.$Shape;
                 *   (properties?: meshwork.events.teams.Membership.$Properties): meshwork.events.teams.Membership;
                 * }}
                 */
                Membership.create = function(properties) {
                    return new Membership(properties);
                };

                /**
                 * Encodes the specified Membership message. Does not implicitly {@link meshwork.events.teams.Membership.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.teams.Membership
                 * @static
                 * @param {meshwork.events.teams.Membership.$Properties} message Membership message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Membership.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId") && message.teamId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.teamId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.role);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.createdAt);
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.updatedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Membership message, length delimited. Does not implicitly {@link meshwork.events.teams.Membership.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.teams.Membership
                 * @static
                 * @param {meshwork.events.teams.Membership.$Properties} message Membership message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Membership.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Membership message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.teams.Membership
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.teams.Membership & meshwork.events.teams.Membership.$Shape} Membership
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Membership.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.teams.Membership();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.teamId = value;
                                else
                                    delete message.teamId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.role = value;
                                else
                                    delete message.role;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.updatedAt = value;
                                else
                                    delete message.updatedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Membership message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.teams.Membership
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.teams.Membership & meshwork.events.teams.Membership.$Shape} Membership
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Membership.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Membership message.
                 * @function verify
                 * @memberof meshwork.events.teams.Membership
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Membership.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                        if (!$util.isString(message.teamId))
                            return "teamId: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        if (!$util.isString(message.role))
                            return "role: string expected";
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (!$util.isInteger(message.updatedAt) && !(message.updatedAt && $util.isInteger(message.updatedAt.low) && $util.isInteger(message.updatedAt.high)))
                            return "updatedAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Membership message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.teams.Membership
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.teams.Membership} Membership
                 */
                Membership.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.teams.Membership)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.teams.Membership: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.teams.Membership();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.teamId != null)
                        if (typeof object.teamId !== "string" || object.teamId.length)
                            message.teamId = $String(object.teamId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.role != null)
                        if (typeof object.role !== "string" || object.role.length)
                            message.role = $String(object.role);
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    if (object.updatedAt != null)
                        if (typeof object.updatedAt === "object" ? object.updatedAt.low || object.updatedAt.high : $Number(object.updatedAt) !== 0)
                            if ($util.Long)
                                message.updatedAt = $util.Long.fromValue(object.updatedAt, false);
                            else if (typeof object.updatedAt === "string")
                                message.updatedAt = $parseInt(object.updatedAt, 10);
                            else if (typeof object.updatedAt === "number")
                                message.updatedAt = object.updatedAt;
                            else if (typeof object.updatedAt === "object")
                                message.updatedAt = new $util.LongBits(object.updatedAt.low >>> 0, object.updatedAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a Membership message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.teams.Membership
                 * @static
                 * @param {meshwork.events.teams.Membership} message Membership
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Membership.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.teamId = "";
                        object.userId = "";
                        object.role = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.updatedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.updatedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                        object.teamId = message.teamId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        object.role = message.role;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.updatedAt = typeof message.updatedAt === "number" ? $BigInt(message.updatedAt) : $util.Long.fromBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.updatedAt === "number")
                            object.updatedAt = options.longs === $String ? $String(message.updatedAt) : message.updatedAt;
                        else
                            object.updatedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAt) : options.longs === $Number ? new $util.LongBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0).toNumber() : message.updatedAt;
                    return object;
                };

                /**
                 * Converts this Membership to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.teams.Membership
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Membership.prototype.toJSON = function() {
                    return Membership.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Membership
                 * @function getTypeUrl
                 * @memberof meshwork.events.teams.Membership
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Membership.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.teams.Membership";
                };

                return Membership;
            })();

            teams.Invite = (function() {

                /**
                 * Properties of an Invite.
                 * @typedef {Object} meshwork.events.teams.Invite.$Properties
                 * @property {string|null} [id] Invite id
                 * @property {string|null} [teamId] Invite teamId
                 * @property {string|null} [email] Invite email
                 * @property {string|null} [role] Invite role
                 * @property {string|null} [status] Invite status
                 * @property {string|null} [invitedBy] Invite invitedBy
                 * @property {number|Long|null} [expiresAt] Invite expiresAt
                 * @property {number|Long|null} [createdAt] Invite createdAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Invite.
                 * @memberof meshwork.events.teams
                 * @interface IInvite
                 * @augments meshwork.events.teams.Invite.$Properties
                 * @deprecated Use meshwork.events.teams.Invite.$Properties instead.
                 */

                /**
                 * Shape of an Invite.
                 * @typedef {meshwork.events.teams.Invite.$Properties} meshwork.events.teams.Invite.$Shape
                 */

                /**
                 * Constructs a new Invite.
                 * @memberof meshwork.events.teams
                 * @classdesc Represents an Invite.
                 * @constructor
                 * @param {meshwork.events.teams.Invite.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Invite = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Invite id.
                 * @member {string} id
                 * @memberof meshwork.events.teams.Invite
                 * @instance
                 */
                Invite.prototype.id = "";

                /**
                 * Invite teamId.
                 * @member {string} teamId
                 * @memberof meshwork.events.teams.Invite
                 * @instance
                 */
                Invite.prototype.teamId = "";

                /**
                 * Invite email.
                 * @member {string} email
                 * @memberof meshwork.events.teams.Invite
                 * @instance
                 */
                Invite.prototype.email = "";

                /**
                 * Invite role.
                 * @member {string} role
                 * @memberof meshwork.events.teams.Invite
                 * @instance
                 */
                Invite.prototype.role = "";

                /**
                 * Invite status.
                 * @member {string} status
                 * @memberof meshwork.events.teams.Invite
                 * @instance
                 */
                Invite.prototype.status = "";

                /**
                 * Invite invitedBy.
                 * @member {string} invitedBy
                 * @memberof meshwork.events.teams.Invite
                 * @instance
                 */
                Invite.prototype.invitedBy = "";

                /**
                 * Invite expiresAt.
                 * @member {number|Long} expiresAt
                 * @memberof meshwork.events.teams.Invite
                 * @instance
                 */
                Invite.prototype.expiresAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Invite createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.teams.Invite
                 * @instance
                 */
                Invite.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Invite instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.teams.Invite
                 * @static
                 * @param {meshwork.events.teams.Invite.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.teams.Invite} Invite instance
                 * @type {{
                 *   (properties: meshwork.events.teams.Invite.$Shape): meshwork.events.teams.Invite & meshwork.events.teams.Invite.$Shape;
                 *   (properties?: meshwork.events.teams.Invite.$Properties): meshwork.events.teams.Invite;
                 * }}
                 */
                Invite.create = function(properties) {
                    return new Invite(properties);
                };

                /**
                 * Encodes the specified Invite message. Does not implicitly {@link meshwork.events.teams.Invite.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.teams.Invite
                 * @static
                 * @param {meshwork.events.teams.Invite.$Properties} message Invite message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Invite.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId") && message.teamId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.teamId);
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email") && message.email !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.email);
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.role);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.status);
                    if (message.invitedBy != null && $Object.hasOwnProperty.call(message, "invitedBy") && message.invitedBy !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.invitedBy);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt") && (typeof message.expiresAt === "object" ? message.expiresAt.low || message.expiresAt.high : message.expiresAt !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.expiresAt);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).int64(message.createdAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Invite message, length delimited. Does not implicitly {@link meshwork.events.teams.Invite.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.teams.Invite
                 * @static
                 * @param {meshwork.events.teams.Invite.$Properties} message Invite message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Invite.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Invite message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.teams.Invite
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.teams.Invite & meshwork.events.teams.Invite.$Shape} Invite
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Invite.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.teams.Invite();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.teamId = value;
                                else
                                    delete message.teamId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.email = value;
                                else
                                    delete message.email;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.role = value;
                                else
                                    delete message.role;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.invitedBy = value;
                                else
                                    delete message.invitedBy;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.expiresAt = value;
                                else
                                    delete message.expiresAt;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Invite message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.teams.Invite
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.teams.Invite & meshwork.events.teams.Invite.$Shape} Invite
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Invite.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Invite message.
                 * @function verify
                 * @memberof meshwork.events.teams.Invite
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Invite.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                        if (!$util.isString(message.teamId))
                            return "teamId: string expected";
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                        if (!$util.isString(message.email))
                            return "email: string expected";
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        if (!$util.isString(message.role))
                            return "role: string expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (!$util.isString(message.status))
                            return "status: string expected";
                    if (message.invitedBy != null && $Object.hasOwnProperty.call(message, "invitedBy"))
                        if (!$util.isString(message.invitedBy))
                            return "invitedBy: string expected";
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        if (!$util.isInteger(message.expiresAt) && !(message.expiresAt && $util.isInteger(message.expiresAt.low) && $util.isInteger(message.expiresAt.high)))
                            return "expiresAt: integer|Long expected";
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an Invite message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.teams.Invite
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.teams.Invite} Invite
                 */
                Invite.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.teams.Invite)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.teams.Invite: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.teams.Invite();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.teamId != null)
                        if (typeof object.teamId !== "string" || object.teamId.length)
                            message.teamId = $String(object.teamId);
                    if (object.email != null)
                        if (typeof object.email !== "string" || object.email.length)
                            message.email = $String(object.email);
                    if (object.role != null)
                        if (typeof object.role !== "string" || object.role.length)
                            message.role = $String(object.role);
                    if (object.status != null)
                        if (typeof object.status !== "string" || object.status.length)
                            message.status = $String(object.status);
                    if (object.invitedBy != null)
                        if (typeof object.invitedBy !== "string" || object.invitedBy.length)
                            message.invitedBy = $String(object.invitedBy);
                    if (object.expiresAt != null)
                        if (typeof object.expiresAt === "object" ? object.expiresAt.low || object.expiresAt.high : $Number(object.expiresAt) !== 0)
                            if ($util.Long)
                                message.expiresAt = $util.Long.fromValue(object.expiresAt, false);
                            else if (typeof object.expiresAt === "string")
                                message.expiresAt = $parseInt(object.expiresAt, 10);
                            else if (typeof object.expiresAt === "number")
                                message.expiresAt = object.expiresAt;
                            else if (typeof object.expiresAt === "object")
                                message.expiresAt = new $util.LongBits(object.expiresAt.low >>> 0, object.expiresAt.high >>> 0).toNumber();
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from an Invite message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.teams.Invite
                 * @static
                 * @param {meshwork.events.teams.Invite} message Invite
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Invite.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.teamId = "";
                        object.email = "";
                        object.role = "";
                        object.status = "";
                        object.invitedBy = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.expiresAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.expiresAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                        object.teamId = message.teamId;
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                        object.email = message.email;
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        object.role = message.role;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = message.status;
                    if (message.invitedBy != null && $Object.hasOwnProperty.call(message, "invitedBy"))
                        object.invitedBy = message.invitedBy;
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.expiresAt = typeof message.expiresAt === "number" ? $BigInt(message.expiresAt) : $util.Long.fromBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0, false).toBigInt();
                        else if (typeof message.expiresAt === "number")
                            object.expiresAt = options.longs === $String ? $String(message.expiresAt) : message.expiresAt;
                        else
                            object.expiresAt = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAt) : options.longs === $Number ? new $util.LongBits(message.expiresAt.low >>> 0, message.expiresAt.high >>> 0).toNumber() : message.expiresAt;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    return object;
                };

                /**
                 * Converts this Invite to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.teams.Invite
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Invite.prototype.toJSON = function() {
                    return Invite.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Invite
                 * @function getTypeUrl
                 * @memberof meshwork.events.teams.Invite
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Invite.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.teams.Invite";
                };

                return Invite;
            })();

            teams.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} meshwork.events.teams.Event.$Properties
                 * @property {meshwork.events.teams.EventType|null} [type] Event type
                 * @property {meshwork.events.teams.Team.$Properties|null} [team] Event team
                 * @property {meshwork.events.teams.Membership.$Properties|null} [membership] Event membership
                 * @property {meshwork.events.teams.Invite.$Properties|null} [invite] Event invite
                 * @property {Array.<string>|null} [changed] Event changed
                 * @property {string|null} [previousRole] Event previousRole
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof meshwork.events.teams
                 * @interface IEvent
                 * @augments meshwork.events.teams.Event.$Properties
                 * @deprecated Use meshwork.events.teams.Event.$Properties instead.
                 */

                /**
                 * Shape of an Event.
                 * @typedef {meshwork.events.teams.Event.$Properties} meshwork.events.teams.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof meshwork.events.teams
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {meshwork.events.teams.Event.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Event = function (properties) {
                    this.changed = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Event type.
                 * @member {meshwork.events.teams.EventType} type
                 * @memberof meshwork.events.teams.Event
                 * @instance
                 */
                Event.prototype.type = 0;

                /**
                 * Event team.
                 * @member {meshwork.events.teams.Team.$Properties|null|undefined} team
                 * @memberof meshwork.events.teams.Event
                 * @instance
                 */
                Event.prototype.team = null;

                /**
                 * Event membership.
                 * @member {meshwork.events.teams.Membership.$Properties|null|undefined} membership
                 * @memberof meshwork.events.teams.Event
                 * @instance
                 */
                Event.prototype.membership = null;

                /**
                 * Event invite.
                 * @member {meshwork.events.teams.Invite.$Properties|null|undefined} invite
                 * @memberof meshwork.events.teams.Event
                 * @instance
                 */
                Event.prototype.invite = null;

                /**
                 * Event changed.
                 * @member {Array.<string>} changed
                 * @memberof meshwork.events.teams.Event
                 * @instance
                 */
                Event.prototype.changed = $util.emptyArray;

                /**
                 * Event previousRole.
                 * @member {string} previousRole
                 * @memberof meshwork.events.teams.Event
                 * @instance
                 */
                Event.prototype.previousRole = "";

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.teams.Event
                 * @static
                 * @param {meshwork.events.teams.Event.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.teams.Event} Event instance
                 * @type {{
                 *   (properties: meshwork.events.teams.Event.$Shape): meshwork.events.teams.Event & meshwork.events.teams.Event.$Shape;
                 *   (properties?: meshwork.events.teams.Event.$Properties): meshwork.events.teams.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.teams.Event.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.teams.Event
                 * @static
                 * @param {meshwork.events.teams.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.team != null && $Object.hasOwnProperty.call(message, "team"))
                        $root.meshwork.events.teams.Team.encode(message.team, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.membership != null && $Object.hasOwnProperty.call(message, "membership"))
                        $root.meshwork.events.teams.Membership.encode(message.membership, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.invite != null && $Object.hasOwnProperty.call(message, "invite"))
                        $root.meshwork.events.teams.Invite.encode(message.invite, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.changed != null && message.changed.length)
                        for (let i = 0; i < message.changed.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.changed[i]);
                    if (message.previousRole != null && $Object.hasOwnProperty.call(message, "previousRole") && message.previousRole !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.previousRole);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.teams.Event.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.teams.Event
                 * @static
                 * @param {meshwork.events.teams.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.teams.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.teams.Event & meshwork.events.teams.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.teams.Event();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.team = $root.meshwork.events.teams.Team.decode(reader, reader.size(), $undefined, _depth + 1, message.team);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.membership = $root.meshwork.events.teams.Membership.decode(reader, reader.size(), $undefined, _depth + 1, message.membership);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.invite = $root.meshwork.events.teams.Invite.decode(reader, reader.size(), $undefined, _depth + 1, message.invite);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.changed && message.changed.length))
                                    message.changed = [];
                                message.changed.push(reader.stringVerify());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.previousRole = value;
                                else
                                    delete message.previousRole;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.teams.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.teams.Event & meshwork.events.teams.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Event message.
                 * @function verify
                 * @memberof meshwork.events.teams.Event
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Event.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.team != null && $Object.hasOwnProperty.call(message, "team")) {
                        let error = $root.meshwork.events.teams.Team.verify(message.team, _depth + 1);
                        if (error)
                            return "team." + error;
                    }
                    if (message.membership != null && $Object.hasOwnProperty.call(message, "membership")) {
                        let error = $root.meshwork.events.teams.Membership.verify(message.membership, _depth + 1);
                        if (error)
                            return "membership." + error;
                    }
                    if (message.invite != null && $Object.hasOwnProperty.call(message, "invite")) {
                        let error = $root.meshwork.events.teams.Invite.verify(message.invite, _depth + 1);
                        if (error)
                            return "invite." + error;
                    }
                    if (message.changed != null && $Object.hasOwnProperty.call(message, "changed")) {
                        if (!$Array.isArray(message.changed))
                            return "changed: array expected";
                        for (let i = 0; i < message.changed.length; ++i)
                            if (!$util.isString(message.changed[i]))
                                return "changed: string[] expected";
                    }
                    if (message.previousRole != null && $Object.hasOwnProperty.call(message, "previousRole"))
                        if (!$util.isString(message.previousRole))
                            return "previousRole: string expected";
                    return null;
                };

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.teams.Event
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.teams.Event} Event
                 */
                Event.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.teams.Event)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.teams.Event: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.teams.Event();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.meshwork.events.teams.EventType[object.type] !== 0))
                        switch (object.type) {
                        case "EVENT_TYPE_UNKNOWN":
                        case 0:
                            message.type = 0;
                            break;
                        case "TeamCreated":
                        case 1:
                            message.type = 1;
                            break;
                        case "TeamUpdated":
                        case 2:
                            message.type = 2;
                            break;
                        case "TeamDeleted":
                        case 3:
                            message.type = 3;
                            break;
                        case "MembershipCreated":
                        case 4:
                            message.type = 4;
                            break;
                        case "MembershipUpdated":
                        case 5:
                            message.type = 5;
                            break;
                        case "MembershipDeleted":
                        case 6:
                            message.type = 6;
                            break;
                        case "InviteCreated":
                        case 7:
                            message.type = 7;
                            break;
                        case "InviteAccepted":
                        case 8:
                            message.type = 8;
                            break;
                        case "InviteDeclined":
                        case 9:
                            message.type = 9;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.team != null) {
                        if (!$util.isObject(object.team))
                            throw $TypeError(".meshwork.events.teams.Event.team: object expected");
                        message.team = $root.meshwork.events.teams.Team.fromObject(object.team, _depth + 1);
                    }
                    if (object.membership != null) {
                        if (!$util.isObject(object.membership))
                            throw $TypeError(".meshwork.events.teams.Event.membership: object expected");
                        message.membership = $root.meshwork.events.teams.Membership.fromObject(object.membership, _depth + 1);
                    }
                    if (object.invite != null) {
                        if (!$util.isObject(object.invite))
                            throw $TypeError(".meshwork.events.teams.Event.invite: object expected");
                        message.invite = $root.meshwork.events.teams.Invite.fromObject(object.invite, _depth + 1);
                    }
                    if (object.changed) {
                        if (!$Array.isArray(object.changed))
                            throw $TypeError(".meshwork.events.teams.Event.changed: array expected");
                        message.changed = $Array(object.changed.length);
                        for (let i = 0; i < object.changed.length; ++i)
                            message.changed[i] = $String(object.changed[i]);
                    }
                    if (object.previousRole != null)
                        if (typeof object.previousRole !== "string" || object.previousRole.length)
                            message.previousRole = $String(object.previousRole);
                    return message;
                };

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.teams.Event
                 * @static
                 * @param {meshwork.events.teams.Event} message Event
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Event.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.changed = [];
                    if (options.defaults) {
                        object.type = options.enums === $String ? "EVENT_TYPE_UNKNOWN" : 0;
                        object.team = null;
                        object.membership = null;
                        object.invite = null;
                        object.previousRole = "";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.meshwork.events.teams.EventType[message.type] === $undefined ? message.type : $root.meshwork.events.teams.EventType[message.type] : message.type;
                    if (message.team != null && $Object.hasOwnProperty.call(message, "team"))
                        object.team = $root.meshwork.events.teams.Team.toObject(message.team, options, _depth + 1);
                    if (message.membership != null && $Object.hasOwnProperty.call(message, "membership"))
                        object.membership = $root.meshwork.events.teams.Membership.toObject(message.membership, options, _depth + 1);
                    if (message.invite != null && $Object.hasOwnProperty.call(message, "invite"))
                        object.invite = $root.meshwork.events.teams.Invite.toObject(message.invite, options, _depth + 1);
                    if (message.changed && message.changed.length) {
                        object.changed = $Array(message.changed.length);
                        for (let j = 0; j < message.changed.length; ++j)
                            object.changed[j] = message.changed[j];
                    }
                    if (message.previousRole != null && $Object.hasOwnProperty.call(message, "previousRole"))
                        object.previousRole = message.previousRole;
                    return object;
                };

                /**
                 * Converts this Event to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.teams.Event
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Event.prototype.toJSON = function() {
                    return Event.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Event
                 * @function getTypeUrl
                 * @memberof meshwork.events.teams.Event
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Event.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.teams.Event";
                };

                return Event;
            })();

            return teams;
        })();

        return events;
    })();

    return meshwork;
})();

export {
  $root as default
};
